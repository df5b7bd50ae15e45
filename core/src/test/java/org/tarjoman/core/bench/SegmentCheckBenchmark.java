package org.tarjoman.core.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;

import org.tarjoman.core.placeable.RegexPlaceableRecognizer;
import org.tarjoman.core.qa.SegmentCheck;
import org.tarjoman.core.qa.TargetLanguage;

/**
 * What one full QA check of a segment costs: the IRNA paragraph with {@code ۲۸ دی ماه ۱۴۰۳} (489
 * characters) and its English translation, and a short headline. Thread CPU time, not wall time, so
 * a loaded machine inflates it less; the source's placeable recognition is timed alone beside it.
 * <pre>./mvnw -q -pl core test-compile exec:exec@qa-bench</pre>
 */
public final class SegmentCheckBenchmark {

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
    private static final String HEADLINE = "روند مناسبات در سال ۲۰۲۴";
    private static final String HEADLINE_EN = "Relations in 2024";

    private SegmentCheckBenchmark() {
    }

    public static void main(String[] args) {
        SegmentCheck check = new SegmentCheck();
        RegexPlaceableRecognizer recognizer = new RegexPlaceableRecognizer();
        report("full check, paragraph", () -> check.check(PARAGRAPH, PARAGRAPH_EN, TargetLanguage.EN, List.of()));
        report("placeables only, paragraph", () -> recognizer.recognize(PARAGRAPH));
        report("full check, headline", () -> check.check(HEADLINE, HEADLINE_EN, TargetLanguage.EN, List.of()));
    }

    private static void report(String name, Runnable run) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < 5_000; i++) {
            run.run();
        }
        int rounds = 10_000;
        long cpu = threads.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            run.run();
        }
        System.out.printf("%-28s %7.1f µs CPU, %7.1f µs wall per segment%n", name,
                (threads.getCurrentThreadCpuTime() - cpu) / 1_000.0 / rounds,
                (System.nanoTime() - wall) / 1_000.0 / rounds);
    }
}
