package org.tarjoman.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

/** A task's read list: a desk's memory first, the pair's own after it with a penalty. */
class MemoryLayersTest {

    private static final MemoryName SPORT = MemoryName.parse("fa-en-sport");
    private static final MemoryName OWN = MemoryName.parse("fa-en");
    private static final String SOURCE = "تیم ملی فوتبال ایران در جام جهانی به مصاف انگلیس می‌رود.";

    private final Memories sport = new Memories();
    private final Memories own = new Memories();

    @Test
    void shouldTakeThePenaltyOffTheScoreAndKeepTheKind() {
        own.add(SOURCE, "Iran's national football team faces England at the World Cup.");

        List<MemoryMatch> found = layers(0, 3).matchAll(List.of(Memories.query(SOURCE, 70, 5)), 1).get(0);

        assertThat(found).singleElement().satisfies(m -> {
            assertThat(m.memory()).isEqualTo(OWN);
            assertThat(m.match().kind()).isEqualTo(MatchKind.EXACT);
            assertThat(m.match().score()).isEqualTo(97);
        });
    }

    @Test
    void shouldMergeBothMemoriesBestFirstNamingWhereEachCameFrom() {
        own.add(SOURCE, "Iran's national football team faces England at the World Cup.");
        sport.add(SOURCE.replace("انگلیس", "ولز"), "Team Melli take on Wales at the World Cup.");

        List<MemoryMatch> found = layers(0, 3).matchAll(List.of(Memories.query(SOURCE, 70, 5)), 1).get(0);

        assertThat(found).extracting(MemoryMatch::memory).containsExactly(OWN, SPORT);
        assertThat(found.get(0).match().score()).isEqualTo(97);
        assertThat(found.get(1).match().kind()).isEqualTo(MatchKind.FUZZY);
        assertThat(found.get(1).match().score()).isLessThan(97);
    }

    @Test
    void shouldPreferTheNewerUnitOfTwoEqualScoresAndThenTheMemoryReadFirst() {
        own.add(SOURCE, "Newer, from the pair's memory.", null, null, Memories.T0.plusSeconds(60), 0);
        sport.add(SOURCE, "Older, from the desk's memory.");

        List<MemoryMatch> newerFirst = layers(0, 0).matchAll(List.of(Memories.query(SOURCE, 70, 5)), 1).get(0);
        assertThat(newerFirst).extracting(m -> m.match().unit().target())
                .containsExactly("Newer, from the pair's memory.", "Older, from the desk's memory.");

        Memories sameTime = new Memories();
        sameTime.add(SOURCE, "Same time, second memory.");
        List<MemoryMatch> readOrder = new MemoryLayers(List.of(new MemoryLayers.Layer(SPORT, sport.memory, 0),
                new MemoryLayers.Layer(OWN, sameTime.memory, 0))).matchAll(List.of(Memories.query(SOURCE, 70, 5)), 1).get(0);
        assertThat(readOrder).extracting(MemoryMatch::memory).containsExactly(SPORT, OWN);
    }

    @Test
    void shouldDropWhatThePenaltyTakesBelowTheThresholdAndKeepTheLimit() {
        own.add(SOURCE, "Iran's national football team faces England at the World Cup.");
        for (int i = 0; i < 4; i++) {
            sport.add(SOURCE, "Variant " + i, null, null, Instant.parse("2025-01-01T00:00:00Z").plusSeconds(i), 0);
        }

        assertThat(layers(0, 40).matchAll(List.of(Memories.query(SOURCE, 70, 5)), 1).get(0))
                .extracting(MemoryMatch::memory).containsOnly(SPORT).hasSize(4);
        assertThat(layers(0, 0).matchAll(List.of(Memories.query(SOURCE, 70, 2)), 1).get(0)).hasSize(2);
    }

    @Test
    void shouldNeverScoreBelowZero() {
        own.add(SOURCE, "Iran's national football team faces England at the World Cup.");

        assertThat(layers(0, 100).matchAll(List.of(Memories.query(SOURCE, 0, 5)), 1).get(0))
                .singleElement().satisfies(m -> assertThat(m.match().score()).isZero());
    }

    private MemoryLayers layers(int sportPenalty, int ownPenalty) {
        return new MemoryLayers(List.of(new MemoryLayers.Layer(SPORT, sport.memory, sportPenalty),
                new MemoryLayers.Layer(OWN, own.memory, ownPenalty)));
    }
}
