package org.tarjoman.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.tarjoman.core.normalize.PersianNormalizer;
import org.tarjoman.memory.testing.TestData;

/**
 * The candidates the index gives a key search ({@code LIKE '%key%'} over normalized keys) miss no unit
 * the search finds: compared with a brute-force scan of every NTREX unit for phrases cut anywhere in a
 * text (inside words too), written with other Persian spellings and another case. And they narrow.
 */
class KeyCandidatesTest {

    private static final LanguagePair FA_RU = LanguagePair.parse("fa-ru");
    private static final LanguagePair EN_FA = LanguagePair.parse("en-fa");
    private static final PersianNormalizer NORMALIZER = new PersianNormalizer();
    private static final int NO_CAP = Integer.MAX_VALUE;

    private final Memories english = new Memories();

    @Test
    void shouldMissNoUnitWhoseSourceKeyContainsThePhrase() throws IOException {
        List<TranslationUnit> units = load(english, "newstest2019-src.eng.txt");
        Random random = new Random(7);
        for (int i = 0; i < 400; i++) {
            String source = units.get(random.nextInt(units.size())).source();
            String phrase = persianVariant(cut(source, random), random);
            assertNoMiss(english.memory, units, phrase, null);
        }
    }

    @Test
    void shouldMissNoUnitWhoseTargetKeyContainsThePhraseInEnglishOrRussian() throws IOException {
        List<TranslationUnit> units = load(english, "newstest2019-src.eng.txt");
        Memories russian = new Memories(FA_RU);
        List<TranslationUnit> russianUnits = load(russian, "newstest2019-ref.rus.txt");
        Random random = new Random(11);
        for (int i = 0; i < 300; i++) {
            String phrase = cut(units.get(random.nextInt(units.size())).target(), random);
            assertNoMiss(english.memory, units, null, random.nextBoolean() ? phrase.toUpperCase(Locale.ROOT) : phrase);
            String russianPhrase = cut(russianUnits.get(random.nextInt(russianUnits.size())).target(), random);
            assertNoMiss(russian.memory, russianUnits, null,
                    random.nextBoolean() ? russianPhrase.toUpperCase(Locale.ROOT) : russianPhrase);
        }
    }

    @Test
    void shouldFindAPhraseInsideALongerWordAsTheKeyComparisonDoes() {
        TranslationUnit iranian = english.add("هیئت ایرانی وارد وین شد.", "The Iranian delegation arrived in Vienna.");
        english.add("مذاکرات در وین ادامه دارد.", "Talks continue in Vienna.");

        assertThat(candidates(english.memory, "ايران", null)).containsExactly(iranian.id());
        assertThat(candidates(english.memory, null, "IRAN")).containsExactly(iranian.id());
        assertThat(candidates(english.memory, "ی وارد و", null)).containsExactly(iranian.id());
    }

    @Test
    void shouldFindAWordJoinedByAZwnjOrWrittenSplit() {
        TranslationUnit joined = english.add("همکاری‌های دو کشور گسترش می‌یابد.", "Cooperation between the two countries expands.");
        TranslationUnit split = english.add("همکاری ها ادامه دارد.", "Cooperation continues.");

        assertThat(candidates(english.memory, "همکاريها", null)).containsExactlyInAnyOrder(joined.id(), split.id());
        assertThat(candidates(english.memory, "همکاری‌ها", null)).containsExactlyInAnyOrder(joined.id(), split.id());
        assertThat(candidates(english.memory, "مي يابد", null)).containsExactly(joined.id());
    }

    @Test
    void shouldFindAPersianTargetByTheFoldedKeyItsWordsJoin() {
        Memories persian = new Memories(EN_FA);
        TranslationUnit unit = persian.add("The two countries' cooperation expands.", "همکاری‌های دو کشور گسترش می‌یابد.");
        TranslationUnit softHyphen = persian.add("Talks in Moscow.", "مذاکرات در مس\u00ADکو");

        assertThat(candidates(persian.memory, null, "يهاي دو")).containsExactly(unit.id());
        assertThat(candidates(persian.memory, null, "ميیابد")).containsExactly(unit.id());
        assertThat(candidates(persian.memory, null, "مسکو")).containsExactly(softHyphen.id());
        assertThat(candidates(persian.memory, null, "همکاری")).containsExactly(unit.id());
    }

    @Test
    void shouldNarrowToUnitsHavingBothPhrases() {
        TranslationUnit both = english.add("رئیس‌جمهور ایران به مسکو رفت.", "Iran's president went to Moscow.");
        english.add("رئیس‌جمهور فرانسه به مسکو رفت.", "The French president went to Moscow.");
        english.add("رئیس‌جمهور ایران به پاریس رفت.", "Iran's president went to Paris.");

        assertThat(candidates(english.memory, "ایران", "moscow")).containsExactly(both.id());
    }

    @Test
    void shouldLeaveToTheScanWhatItCannotNarrow() {
        english.add("قیمت نفت افزایش یافت.", "Oil prices rose.");
        english.add("قیمت طلا کاهش یافت.", "Gold prices fell.");

        assertThat(english.memory.keyCandidates("«.»", null, NO_CAP)).isEmpty();
        assertThat(english.memory.keyCandidates("قیمت", null, 1)).isEmpty();
        assertThat(english.memory.keyCandidates("قیمت", null, 2)).hasValueSatisfying(ids -> assertThat(ids).hasSize(2));
    }

    @Test
    void shouldForgetRemovedUnitsAndFindReplacedOnesByTheirNewText() {
        TranslationUnit removed = english.add("تهران پایتخت ایران است.", "Tehran is the capital of Iran.");
        TranslationUnit changed = english.add("اصفهان شهری تاریخی است.", "Isfahan is a historic city.");
        english.memory.remove(removed.id());
        english.memory.put(new TranslationUnit(changed.id(), changed.pair(), changed.source(), "Isfahan is an old city.",
                null, null, "test", "tester", Memories.T0, Memories.T0, 0));

        assertThat(candidates(english.memory, "تهران", null)).isEmpty();
        assertThat(candidates(english.memory, null, "historic")).isEmpty();
        assertThat(candidates(english.memory, null, "old city")).containsExactly(changed.id());
    }

    private static List<Long> candidates(TranslationMemory memory, String source, String target) {
        return memory.keyCandidates(source, target, NO_CAP).map(ids -> java.util.Arrays.stream(ids).boxed().toList())
                .orElseThrow();
    }

    private static void assertNoMiss(TranslationMemory memory, List<TranslationUnit> units, String source, String target) {
        List<Long> expected = matching(units, source, TranslationUnit::source);
        expected.retainAll(matching(units, target, TranslationUnit::target));
        memory.keyCandidates(source, target, NO_CAP).ifPresent(ids -> {
            List<Long> found = java.util.Arrays.stream(ids).boxed().toList();
            assertThat(found).as("source %s target %s", source, target).containsAll(expected);
        });
    }

    private static List<Long> matching(List<TranslationUnit> units, String phrase, Function<TranslationUnit, String> text) {
        List<Long> ids = new ArrayList<>();
        String key = phrase == null ? "" : NORMALIZER.normalize(phrase);
        for (TranslationUnit unit : units) {
            if (KEYS.computeIfAbsent(text.apply(unit), t -> NORMALIZER.normalize(TaggedSource.parse(t).plain())).contains(key)) {
                ids.add(unit.id());
            }
        }
        return ids;
    }

    /** The normalized key of each text, as the store's key columns hold it: computed once for all phrases. */
    private static final java.util.Map<String, String> KEYS = new java.util.concurrent.ConcurrentHashMap<>();

    /** A piece of a text from and to anywhere: inside a word, across words, with punctuation. */
    private static String cut(String text, Random random) {
        int length = 1 + random.nextInt(Math.min(text.length(), 30));
        int start = random.nextInt(text.length() - length + 1);
        return text.substring(start, start + length);
    }

    /** The same words as another writer would type them: Arabic yeh and kaf, a space for a ZWNJ. */
    private static String persianVariant(String phrase, Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> phrase.replace('ی', 'ي').replace('ک', 'ك');
            case 1 -> phrase.replace('\u200C', ' ');
            case 2 -> phrase.replace(' ', '\u200C');
            default -> phrase;
        };
    }

    private static List<TranslationUnit> load(Memories memories, String targets) throws IOException {
        List<String> fa = Files.readAllLines(TestData.ntrex("newstest2019-ref.fas.txt"), StandardCharsets.UTF_8);
        List<String> other = Files.readAllLines(TestData.ntrex(targets), StandardCharsets.UTF_8);
        List<TranslationUnit> units = new ArrayList<>();
        for (int i = 0; i < fa.size(); i++) {
            if (!fa.get(i).isBlank() && !other.get(i).isBlank()) {
                units.add(memories.add(fa.get(i), other.get(i)));
            }
        }
        return units;
    }
}
