package org.tarjoman.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class ExactAndNormalizedMatchTest {

    private final Memories memories = new Memories();

    @Test
    void shouldFindNothingInAnEmptyMemory() {
        assertThat(memories.memory.match(MatchQuery.of("وزیر امور خارجه به مسکو سفر کرد."))).isEmpty();
        assertThat(memories.memory.size()).isZero();
    }

    @Test
    void shouldReturnIdenticalSourceAsExact() {
        TranslationUnit unit = memories.add("وزیر امور خارجه به مسکو سفر کرد.", "The foreign minister travelled to Moscow.");

        Match match = only(memories.memory.match(
                new MatchQuery("وزیر امور خارجه به مسکو سفر کرد.", "جلسه دیروز برگزار شد.", null, 70, 5)));

        assertThat(match.kind()).isEqualTo(MatchKind.EXACT);
        assertThat(match.score()).isEqualTo(100);
        assertThat(match.unit()).isEqualTo(unit);
        assertThat(match.differences()).isEmpty();
    }

    @Test
    void shouldReturnSameSourceWithSameNeighboursAsInContext() {
        memories.add("او گفت این سفر دو روز طول می‌کشد.", "He said the trip would last two days.",
                "وزیر امور خارجه به مسکو سفر کرد.", "قرار است قراردادی امضا شود.", Memories.T0, 0);

        // the neighbours compare by key: Arabic yeh and a missing ZWNJ do not matter
        Match match = only(memories.memory.match(new MatchQuery("او گفت این سفر دو روز طول می‌کشد.",
                "وزير امور خارجه به مسکو سفر کرد.", "قرار است قراردادي امضا شود.", 70, 5)));

        assertThat(match.kind()).isEqualTo(MatchKind.IN_CONTEXT);
        assertThat(match.score()).isEqualTo(101);
    }

    @Test
    void shouldNotBeInContextWhenTheQueryHasNoNeighbours() {
        memories.add("او گفت این سفر دو روز طول می‌کشد.", "He said the trip would last two days.");

        Match match = only(memories.memory.match(MatchQuery.of("او گفت این سفر دو روز طول می‌کشد.")));

        assertThat(match.kind()).isEqualTo(MatchKind.EXACT);
        assertThat(match.score()).isEqualTo(100);
    }

    @Test
    void shouldBeInContextAtTheStartOfAnArticle() {
        memories.add("سفر پزشکیان به مسکو", "Pezeshkian's visit to Moscow", null, "سفیر ایران گفت.", Memories.T0, 0);

        Match match = only(memories.memory.match(new MatchQuery("سفر پزشکیان به مسکو", null, "سفیر ایران گفت.", 70, 5)));

        assertThat(match.kind()).isEqualTo(MatchKind.IN_CONTEXT);
    }

    @Test
    void shouldNotBeInContextWhenOneNeighbourDiffers() {
        memories.add("او گفت این سفر دو روز طول می‌کشد.", "He said the trip would last two days.",
                "وزیر امور خارجه به مسکو سفر کرد.", null, Memories.T0, 0);

        Match match = only(memories.memory.match(new MatchQuery("او گفت این سفر دو روز طول می‌کشد.",
                "وزیر امور خارجه به مسکو سفر کرد.", "قرار است قراردادی امضا شود.", 70, 5)));

        assertThat(match.kind()).isEqualTo(MatchKind.EXACT);
    }

    @Test
    void shouldMatchArabicYehAndSpaceForZwnjAsNormalized98() {
        memories.add("رئیس‌جمهور ایران وارد نیویورک شد.", "Iran's president arrived in New York.");

        Match match = only(memories.memory.match(MatchQuery.of("رئيس جمهور ایران وارد نیویورک شد.")));

        assertThat(match.kind()).isEqualTo(MatchKind.NORMALIZED);
        assertThat(match.score()).isEqualTo(98);
    }

    @Test
    void shouldMatchMissingZwnjAsNormalized98() {
        memories.add("همکاری‌ها میان دو کشور گسترش می‌یابد.", "Cooperation between the two countries will expand.");

        Match match = only(memories.memory.match(MatchQuery.of("همکاریها میان دو کشور گسترش می‌یابد.")));

        assertThat(match.kind()).isEqualTo(MatchKind.NORMALIZED);
        assertThat(match.score()).isEqualTo(98);
    }

    @Test
    void shouldMatchArabicKafAndYehWithSameWordsAsNormalized99() {
        memories.add("کشور ایران دیروز بیانیه‌ای منتشر کرد.", "Iran issued a statement yesterday.");

        Match match = only(memories.memory.match(MatchQuery.of("كشور ايران ديروز بیانیه‌ای منتشر كرد.")));

        assertThat(match.kind()).isEqualTo(MatchKind.NORMALIZED);
        assertThat(match.score()).isEqualTo(99);
    }

    @Test
    void shouldMatchPersianAndAsciiDigitsAsNormalized99() {
        memories.add("در این حادثه ۱۲ نفر کشته شدند.", "Twelve people were killed in the accident.");

        Match match = only(memories.memory.match(MatchQuery.of("در این حادثه 12 نفر کشته شدند.")));

        assertThat(match.kind()).isEqualTo(MatchKind.NORMALIZED);
        assertThat(match.score()).isEqualTo(99);
    }

    @Test
    void shouldScoreDifferentInlineCodesAsNormalized98() {
        memories.add("خبرگزاری <g id=\"1\">ایرنا</g> گزارش داد.", "<g id=\"1\">IRNA</g> reported.");

        Match match = only(memories.memory.match(MatchQuery.of("خبرگزاری ایرنا گزارش داد.")));

        assertThat(match.kind()).isEqualTo(MatchKind.NORMALIZED);
        assertThat(match.score()).isEqualTo(98);
    }

    @Test
    void shouldNotMatchNormalizedWhenWordsDiffer() {
        memories.add("آمار بیکاری کاهش یافت.", "Unemployment fell.");

        // آ and ا are different letters: not normalized, a fuzzy match at most
        assertThat(memories.memory.match(MatchQuery.of("امار بیکاری کاهش یافت.")))
                .extracting(Match::kind).containsOnly(MatchKind.FUZZY);
    }

    @Test
    void shouldFindDuplicateBySourceAndTargetOnly() {
        TranslationUnit unit = memories.add("نرخ تورم اعلام شد.", "The inflation rate was announced.");

        assertThat(memories.memory.findDuplicate("نرخ تورم اعلام شد.", "The inflation rate was announced."))
                .contains(unit.id());
        assertThat(memories.memory.findDuplicate("نرخ تورم اعلام شد.", "Inflation was announced.")).isEmpty();
        assertThat(memories.memory.findDuplicate("نرخ تورم اعلام نشد.", "The inflation rate was announced."))
                .isEmpty();
    }

    private static Match only(List<Match> matches) {
        assertThat(matches).hasSize(1);
        return matches.get(0);
    }
}
