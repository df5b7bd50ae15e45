package org.tarjoman.core.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.util.List;

import org.tarjoman.core.qa.Proofreader;
import org.tarjoman.core.qa.SegmentCheck;
import org.tarjoman.core.qa.TargetLanguage;

/**
 * What LanguageTool's SPELLING/GRAMMAR check costs (a full {@link SegmentCheck} with a {@link Proofreader}):
 * the first check of each language (loading it: dictionaries, rules, taggers) and then a warm check per
 * segment, English and Russian, with the heap the loaded languages keep (used heap after a GC). Thread CPU
 * and wall time; run it with the app's heap: {@code -Xmx600m}.
 * <pre>./mvnw -q -pl core test-compile exec:exec@spelling-bench</pre>
 */
public final class SpellingBenchmark {

    private static final String PARAGRAPH = "به گزارش آران نیوز به نقل از ایرنا، کاظم جلالی در گفت و گو با خبرنگار ایرنا در مسکو"
            + " با اشاره به برنامه ریزی انجام شده برای امضای موافقتنامه جامع همکاریهای جمهوری اسلامی ایران و فدراسیون روسیه"
            + " در ۲۸ دی ماه ۱۴۰۳ توسط مسعود پزشکیان و ولادیمیر پوتین رؤسای جمهور دو کشور خاطرنشان کرد: مناسبات تهران و"
            + " مسکو بر پایه دو عنصر همسایگی و رویکردهای مشترک در قبال مسائل منطقه ای و بینالمللی در مسیر رو به جلو در حال"
            + " پیشرفت است.";
    private static final String PARAGRAPH_EN = "According to Aran News, quoting IRNA, Kazem Jalali told IRNA's correspondent"
            + " in Moscow, referring to the plans for the signing of the comprehensive cooperation agreement between the"
            + " Islamic Republic of Iran and the Russian Federation on 17 January 2025 by Presidents Masoud Pezeshkian and"
            + " Vladimir Putin, that relations between Tehran and Moscow are moving forward on the basis of two elements,"
            + " neighbourliness and common approaches to regional and international issues.";
    private static final String PARAGRAPH_RU = "Как сообщает «Аран ньюс» со ссылкой на ИРНА, Казем Джалали в беседе с"
            + " корреспондентом ИРНА в Москве, говоря о подписании 17 января 2025 г. президентами Масудом Пезешкианом и"
            + " Владимиром Путиным договора о всеобъемлющем сотрудничестве между Исламской Республикой Иран и Российской"
            + " Федерацией, отметил, что отношения Тегерана и Москвы развиваются на основе добрососедства и общих подходов"
            + " к региональным и международным вопросам.";
    private static final String HEADLINE = "روند مناسبات در سال ۲۰۲۴";
    private static final String HEADLINE_EN = "Relations in 2024";
    private static final String HEADLINE_RU = "Отношения в 2024 году";

    private SpellingBenchmark() {
    }

    public static void main(String[] args) {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long before = usedHeap(memory);
        SegmentCheck check = new SegmentCheck(new Proofreader());
        once("first check, en (loads English)", () -> check.check(PARAGRAPH, PARAGRAPH_EN, TargetLanguage.EN, List.of()));
        long english = usedHeap(memory);
        once("first check, ru (loads Russian)", () -> check.check(PARAGRAPH, PARAGRAPH_RU, TargetLanguage.RU, List.of()));
        long both = usedHeap(memory);
        System.out.printf("heap kept: English %d MB, Russian %d MB, both %d MB%n",
                (english - before) >> 20, (both - english) >> 20, (both - before) >> 20);
        report("warm, en paragraph (489 ch)", () -> check.check(PARAGRAPH, PARAGRAPH_EN, TargetLanguage.EN, List.of()));
        report("warm, ru paragraph", () -> check.check(PARAGRAPH, PARAGRAPH_RU, TargetLanguage.RU, List.of()));
        report("warm, en headline", () -> check.check(HEADLINE, HEADLINE_EN, TargetLanguage.EN, List.of()));
        report("warm, ru headline", () -> check.check(HEADLINE, HEADLINE_RU, TargetLanguage.RU, List.of()));
        SegmentCheck without = new SegmentCheck();
        report("without spelling, en paragraph", () -> without.check(PARAGRAPH, PARAGRAPH_EN, TargetLanguage.EN, List.of()));
    }

    private static long usedHeap(MemoryMXBean memory) {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    private static void once(String name, Runnable run) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        run.run();
        System.out.printf("%-32s %8.0f ms CPU, %8.0f ms wall%n", name,
                (threads.getCurrentThreadCpuTime() - cpu) / 1e6, (System.nanoTime() - wall) / 1e6);
    }

    private static void report(String name, Runnable run) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < 100; i++) {
            run.run();
        }
        int rounds = 200;
        long cpu = threads.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            run.run();
        }
        System.out.printf("%-32s %8.2f ms CPU, %8.2f ms wall per segment%n", name,
                (threads.getCurrentThreadCpuTime() - cpu) / 1e6 / rounds, (System.nanoTime() - wall) / 1e6 / rounds);
    }
}
