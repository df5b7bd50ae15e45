package org.tarjoman.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class FuzzyMatchTest {

    private static final String MOSCOW = "وزیر امور خارجه ایران امروز برای دیدار با همتای روسی خود به مسکو سفر کرد.";
    private static final String BEIJING = "وزیر امور خارجه ایران امروز برای دیدار با همتای روسی خود به پکن سفر کرد.";

    private final Memories memories = new Memories();

    @Test
    void shouldReturnOneChangedWordAsFuzzyWithThatWordReplaced() {
        memories.add(MOSCOW, "Iran's foreign minister travelled to Moscow today to meet his Russian counterpart.");

        List<Match> matches = memories.memory.match(MatchQuery.of(BEIJING));

        assertThat(matches).hasSize(1);
        Match match = matches.get(0);
        assertThat(match.kind()).isEqualTo(MatchKind.FUZZY);
        assertThat(match.score()).isEqualTo(93); // 1 − 1/15 = 0.933
        assertThat(match.differences()).hasSize(1);
        Difference difference = match.differences().get(0);
        assertThat(difference.kind()).isEqualTo(Difference.Kind.REPLACED);
        assertThat(BEIJING.substring(difference.queryStart(), difference.queryEnd())).isEqualTo("پکن");
        assertThat(MOSCOW.substring(difference.sourceStart(), difference.sourceEnd())).isEqualTo("مسکو");
    }

    @Test
    void shouldReportDroppedWordAsDeletedFromTheQuery() {
        memories.add("نشست خبری سخنگوی دولت امروز برگزار شد.", "The government spokesman's press conference was held today.");
        String query = "نشست خبری سخنگوی دولت امروز صبح برگزار شد.";

        Match match = memories.memory.match(MatchQuery.of(query)).get(0);

        assertThat(match.differences()).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(Difference.Kind.DELETED);
            assertThat(query.substring(d.queryStart(), d.queryEnd())).isEqualTo("صبح");
            assertThat(d.sourceStart()).isEqualTo(d.sourceEnd());
        });
    }

    @Test
    void shouldScoreADifferentNumberBelowADifferentWord() {
        memories.add("در این حادثه ۱۲ نفر کشته و ۳۰ نفر زخمی شدند.", "12 people were killed and 30 injured.");

        int otherNumber = memories.memory.match(MatchQuery.of("در این حادثه ۱۵ نفر کشته و ۳۰ نفر زخمی شدند.")).get(0).score();
        int otherWord = memories.memory.match(MatchQuery.of("در این حادثه ۱۲ نفر کشته و ۳۰ نفر مجروح شدند.")).get(0).score();

        assertThat(otherNumber).isLessThan(otherWord);
    }

    @Test
    void shouldPenalizeMissingInlineCodes() {
        memories.add("خبرگزاری <g id=\"1\">ایرنا</g> امروز گزارش داد که مذاکرات ادامه دارد.", "IRNA reported.");
        memories.add("خبرگزاری ایرنا امروز گزارش داد که مذاکرات ادامه دارد.", "IRNA reported.");

        List<Match> matches = memories.memory.match(MatchQuery.of("خبرگزاری ایرنا دیروز گزارش داد که مذاکرات ادامه دارد."));

        // both differ by one word of nine (88); the one with a code the query lacks loses 2
        assertThat(matches).extracting(Match::score).containsExactly(88, 86);
    }

    @Test
    void shouldBreakTiesByRecencyThenUsageThenId() {
        String source = "قیمت نفت امروز افزایش یافت.";
        TranslationUnit old = memories.add(source, "Oil rose today.", null, null, Memories.T0, 50);
        TranslationUnit recent = memories.add(source, "Oil prices rose today.", null, null, Memories.T0.plusSeconds(60), 0);
        TranslationUnit used = memories.add(source, "The oil price rose today.", null, null, Memories.T0, 90);
        TranslationUnit later = memories.add(source, "Oil went up today.", null, null, Memories.T0, 90);

        List<Match> matches = memories.memory.match(MatchQuery.of(source));

        assertThat(matches).extracting(m -> m.unit().id())
                .containsExactly(recent.id(), used.id(), later.id(), old.id());
    }

    @Test
    void shouldHonourThresholdAndLimit() {
        memories.add("تیم ملی فوتبال ایران در بازی دیروز سه بر یک پیروز شد.", "a");
        memories.add("تیم ملی فوتبال ایران در بازی دیروز دو بر یک پیروز شد.", "b");
        memories.add("تیم ملی والیبال ایران در بازی امروز دو بر یک شکست خورد.", "c");
        String query = "تیم ملی فوتبال ایران در بازی امروز سه بر یک پیروز شد.";

        assertThat(memories.memory.match(Memories.query(query, 70, 5))).extracting(Match::score)
                .allMatch(s -> s >= 70).hasSize(2);
        assertThat(memories.memory.match(Memories.query(query, 30, 5))).hasSize(3);
        assertThat(memories.memory.match(Memories.query(query, 30, 1))).hasSize(1);
        assertThat(memories.memory.match(Memories.query(query, 95, 5))).isEmpty();
    }

    @Test
    void shouldGiveTheExactMatchAndTheBestFuzzyOnesInTheOtherSlots() {
        memories.add(MOSCOW, "Iran's foreign minister travelled to Moscow today.");
        memories.add(BEIJING, "Iran's foreign minister travelled to Beijing today.");
        memories.add(MOSCOW.replace("مسکو", "آنکارا"), "Iran's foreign minister travelled to Ankara today.");

        List<Match> matches = memories.memory.match(Memories.query(MOSCOW, 70, 2));

        assertThat(matches).extracting(Match::kind).containsExactly(MatchKind.EXACT, MatchKind.FUZZY);
    }

    @Test
    void shouldFillTheSlotOfAnExactUnitGoneFromTheStoreWithAFuzzyMatch() {
        TranslationUnit gone = memories.add(MOSCOW, "Iran's foreign minister travelled to Moscow today.");
        memories.add(BEIJING, "Iran's foreign minister travelled to Beijing today.");
        memories.add(MOSCOW.replace("مسکو", "آنکارا"), "Iran's foreign minister travelled to Ankara today.");
        memories.store.delete(gone.id()); // deleted between the index's search and the read of the units

        List<Match> matches = memories.memory.match(Memories.query(MOSCOW, 70, 2));

        assertThat(matches).extracting(Match::kind).containsExactly(MatchKind.FUZZY, MatchKind.FUZZY);
    }
}
