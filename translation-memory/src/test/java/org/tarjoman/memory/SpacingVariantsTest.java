package org.tarjoman.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.tarjoman.memory.testing.TestData;

/**
 * A query that differs from a unit only in where it writes a space, a ZWNJ or nothing between
 * Persian letters is a normalized match (98), whether or not the normalizer's split-word list knows
 * the word: found through the joined key, before any fuzzy search.
 */
class SpacingVariantsTest {

    private static final char ZWNJ = '\u200C';
    private static final String LETTER = "[\\u0620-\\u064A\\u066E-\\u06D3\\u06D5\\u06FA-\\u06FF]";
    /** A space that the split-word list removes: after می/نمی, before ها/های/تر/ترین/… or ای/اند after ه/ی. */
    private static final Pattern KNOWN_SPLIT = Pattern.compile(
            "(?<=(?:^|\\s)(?:ن?می)) (?=" + LETTER + LETTER + ")"
                    + "|(?<=" + LETTER + LETTER + ") (?=(?:ها|های|هایی|تر|ترین)(?:\\s|$|[.،؛:!؟]))"
                    + "|(?<=[هی]) (?=(?:ای|اند|ام|اید|ایم)(?:\\s|$|[.،؛:!؟]))");
    private static final Pattern SPACE_BETWEEN_LETTERS = Pattern.compile("(?<=" + LETTER + ") (?=" + LETTER + ")");

    private final Memories memories = new Memories();

    @Test
    void shouldMatchSpaceForZwnjInAnUnlistedCompoundAsNormalized98() {
        TranslationUnit unit = memories.add("سخنان او برای جوانان الهام‌بخش بود.", "His words inspired the young.");

        assertNormalized98(unit, "سخنان او برای جوانان الهام بخش بود.");
        assertNormalized98(unit, "سخنان او برای جوانان الهامبخش بود.");
    }

    @Test
    void shouldMatchEveryWritingOfKamFesharAsNormalized98() {
        TranslationUnit unit = memories.add("یک سامانه کم فشار از غرب وارد کشور می‌شود.",
                "A low-pressure system is entering the country from the west.");

        assertNormalized98(unit, "یک سامانه کم‌فشار از غرب وارد کشور می‌شود.");
        assertNormalized98(unit, "یک سامانه کمفشار از غرب وارد کشور میشود.");
    }

    @Test
    void shouldMatchAtashSuziWithSpaceAsNormalized98() {
        TranslationUnit unit = memories.add("آتش‌سوزی در بازار تاریخی تبریز مهار شد.",
                "The fire in Tabriz's historic bazaar was brought under control.");

        assertNormalized98(unit, "آتش سوزی در بازار تاریخی تبریز مهار شد.");
    }

    @Test
    void shouldKeepTheScoreOfLetterFoldingWhenOnlyLettersDiffer() {
        memories.add("آتش‌سوزی در بازار تاریخی تبریز مهار شد.", "The fire was brought under control.");

        Match match = memories.memory.match(MatchQuery.of("آتش‌سوزي در بازار تاريخي تبريز مهار شد.")).get(0);

        assertThat(match.kind()).isEqualTo(MatchKind.NORMALIZED);
        assertThat(match.score()).isEqualTo(99);
    }

    @Test
    void shouldStillBeFuzzyWhenALetterDiffersBesidesTheSpacing() {
        memories.add("آتش‌سوزی در بازار تاریخی تبریز مهار شد.", "The fire was brought under control.");

        // تبریز → تبرین: a different word, however the spaces are written
        assertThat(memories.memory.match(Memories.query("آتش سوزی در بازار تاریخی تبرین مهار شد.", 50, 5)))
                .extracting(Match::kind).containsOnly(MatchKind.FUZZY);
    }

    @Test
    void shouldNotJoinSpacesBetweenDigits() {
        memories.add("بودجه ۱۲ ۵۰۰ میلیارد تومان است.", "The budget is 12, 500 billion tomans.");

        assertThat(memories.memory.match(MatchQuery.of("بودجه ۱۲۵۰۰ میلیارد تومان است.")))
                .extracting(Match::kind).doesNotContain(MatchKind.NORMALIZED);
    }

    @Test
    void shouldFindEveryNtrexSentenceWrittenWithOtherSpacingAsNormalized() throws IOException {
        List<String> sentences = Files.readAllLines(TestData.ntrex("newstest2019-ref.fas.txt"), StandardCharsets.UTF_8)
                .stream().map(String::strip).filter(line -> !line.isEmpty()).toList();
        for (String sentence : sentences) {
            memories.add(sentence, "-");
        }

        int zwnjAsSpace = assertVariantsNormalized(sentences, s -> s.replace(ZWNJ, ' '));
        int zwnjRemoved = assertVariantsNormalized(sentences, s -> s.replace(String.valueOf(ZWNJ), ""));
        int knownSplitsWithZwnj = assertVariantsNormalized(sentences,
                s -> KNOWN_SPLIT.matcher(s).replaceAll(String.valueOf(ZWNJ)));
        int everySpaceAsZwnj = assertVariantsNormalized(sentences,
                s -> SPACE_BETWEEN_LETTERS.matcher(s).replaceAll(String.valueOf(ZWNJ)));

        System.out.printf("NTREX spacing variants (of %d sentences): ZWNJ→space %d, ZWNJ removed %d, "
                        + "known split words space→ZWNJ %d, every space between letters→ZWNJ %d%n",
                sentences.size(), zwnjAsSpace, zwnjRemoved, knownSplitsWithZwnj, everySpaceAsZwnj);
        assertThat(zwnjAsSpace).isGreaterThan(900);
        assertThat(zwnjRemoved).isGreaterThan(900);
        assertThat(knownSplitsWithZwnj).isGreaterThan(100);
        assertThat(everySpaceAsZwnj).isGreaterThan(1900);
    }

    /** Queries each sentence that the variant changes; returns how many it changed. */
    private int assertVariantsNormalized(List<String> sentences, UnaryOperator<String> variant) {
        Set<String> all = new HashSet<>(sentences);
        List<String> stored = new ArrayList<>();
        List<MatchQuery> queries = new ArrayList<>();
        for (String sentence : sentences) {
            String query = variant.apply(sentence);
            if (!query.equals(sentence) && !all.contains(query)) {
                stored.add(sentence);
                queries.add(MatchQuery.of(query));
            }
        }
        List<List<Match>> results = memories.memory.matchAll(queries);
        for (int i = 0; i < queries.size(); i++) {
            assertThat(results.get(i)).as("query %s", queries.get(i).source()).isNotEmpty();
            Match best = results.get(i).get(0);
            assertThat(best.kind()).as("query %s", queries.get(i).source()).isEqualTo(MatchKind.NORMALIZED);
            assertThat(best.unit().source()).as("query %s", queries.get(i).source()).isEqualTo(stored.get(i));
        }
        return queries.size();
    }

    private void assertNormalized98(TranslationUnit unit, String query) {
        List<Match> matches = memories.memory.match(MatchQuery.of(query));

        assertThat(matches).as("matches of %s", query).isNotEmpty();
        assertThat(matches.get(0).unit()).isEqualTo(unit);
        assertThat(matches.get(0).kind()).isEqualTo(MatchKind.NORMALIZED);
        assertThat(matches.get(0).score()).isEqualTo(98);
    }
}
