package org.tarjoman.api.job;

import jakarta.enterprise.context.ApplicationScoped;

import org.tarjoman.api.config.TarjomanConfig;

/**
 * The memory score below which a segment nobody translated goes to machine translation (default 85: a
 * fuzzy match at 85 or more is worth more to a translator than a machine's sentence), {@code tarjoman.mt.threshold}.
 */
@ApplicationScoped
public class MtThreshold {

    private final int score;

    MtThreshold(TarjomanConfig config) {
        int score = config.mt().threshold();
        if (score < 0 || score > 101) {
            throw new IllegalArgumentException("tarjoman.mt.threshold must be between 0 and 101, not " + score);
        }
        this.score = score;
    }

    public int score() {
        return score;
    }

    /** Whether a segment whose best memory match scores {@code best} (null: none) goes to MT. */
    public boolean below(Integer best) {
        return best == null || best < score;
    }
}
