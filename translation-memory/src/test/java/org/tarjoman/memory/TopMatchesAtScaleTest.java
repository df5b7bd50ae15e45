package org.tarjoman.memory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The editor's lookup (threshold 70, top 5) on a 100k-unit memory of recombined NTREX units, where
 * every sentence has hundreds of near-duplicates: the top 5 of the index are, for every query, those
 * of a scan of every unit ({@link TopMatchesAgainstBruteForce}; the 1M run is its {@code main}).
 */
class TopMatchesAtScaleTest {

    @Test
    void shouldGiveTheTopFiveOfABruteForceScanOnAHundredThousandUnits() {
        TopMatchesAgainstBruteForce.Result result = TopMatchesAgainstBruteForce.run(100_000, 100);
        System.out.print(result.report());

        assertThat(result.differing()).isEmpty();
        assertThat(result.identical()).isEqualTo(100);
        // a miss of the unit the query was made from is the data's, never the index's
        assertThat(result.originFound() + result.originBelowThreshold() + result.originOutscored()
                + result.originLostTie()).isEqualTo(100);
    }
}
