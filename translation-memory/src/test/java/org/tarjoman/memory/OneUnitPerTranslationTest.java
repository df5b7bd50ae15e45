package org.tarjoman.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** The index side of "one unit per translation": a confirmed-again unit is the same entry, alternatives stay. */
class OneUnitPerTranslationTest {

    private static final String IRNA = "به گزارش ایرنا،";

    private final Memories memories = new Memories();

    @Test
    void shouldKeepOneEntryWhenAUnitConfirmedAgainIsPutWithItsId() {
        TranslationUnit first = memories.add(IRNA, "According to IRNA,");
        TranslationUnit again = memories.store.save(new TranslationUnit(first.id(), first.pair(), IRNA, first.target(),
                null, null, "job:2", "sara", first.createdAt(), first.changedAt().plus(Duration.ofDays(1)), 2));

        memories.memory.put(again);

        assertThat(memories.memory.size()).isEqualTo(1);
        assertThat(memories.memory.match(MatchQuery.of(IRNA))).singleElement().satisfies(m -> {
            assertThat(m.unit().id()).isEqualTo(first.id());
            assertThat(m.unit().usageCount()).isEqualTo(2);
            assertThat(m.unit().author()).isEqualTo("sara");
        });
        assertThat(memories.memory.findDuplicate(IRNA, "According to IRNA,")).contains(first.id());
    }

    @Test
    void shouldOfferTwoTargetsOfOneSourceAsAlternativesNewestFirst() {
        memories.store.save(Memories.unit(IRNA, "According to IRNA,", null, null, Memories.T0, 0));
        TranslationUnit newer = memories.store.save(Memories.unit(IRNA, "IRNA reported that", null, null,
                Memories.T0.plus(Duration.ofHours(1)), 0));
        memories.memory.load();

        assertThat(memories.memory.match(MatchQuery.of(IRNA))).extracting(m -> m.unit().target())
                .containsExactly(newer.target(), "According to IRNA,");
    }

    @Test
    void shouldHashTheExactTextsSoSpellingVariantsStayDistinct() {
        String withZwnj = "خبرگزاری‌ها گزارش دادند.";
        String withSpace = "خبرگزاری ها گزارش دادند.";

        assertThat(ContentHash.of(withZwnj, "News agencies reported.")).hasSize(64)
                .isEqualTo(ContentHash.of(withZwnj, "News agencies reported."))
                .isNotEqualTo(ContentHash.of(withSpace, "News agencies reported."));
        assertThat(ContentHash.of("ab", "c")).as("the separator keeps the sides apart").isNotEqualTo(ContentHash.of("a", "bc"));
        assertThat(ContentHash.of("<g id=\"1\">ایرنا</g>", "IRNA")).isNotEqualTo(ContentHash.of("ایرنا", "IRNA"));
    }
}
