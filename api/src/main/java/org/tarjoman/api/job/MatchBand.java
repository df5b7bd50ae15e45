package org.tarjoman.api.job;

import org.tarjoman.memory.Match;
import org.tarjoman.memory.MatchKind;

/**
 * The analysis bands translators and their managers know from CAT tools. A segment falls in the
 * band of its best memory match; a repetition of an earlier segment of the same job that has no
 * in-context or 100% match counts as a repetition (it is translated once). A match from a memory read
 * with a penalty counts by its score: an exact match at penalty 3 is a 97, as in memoQ.
 */
public enum MatchBand {
    IN_CONTEXT,
    EXACT,
    REPETITION,
    FUZZY_95,
    FUZZY_85,
    FUZZY_75,
    FUZZY_50,
    NEW,
    /**
     * Below the MT threshold and pre-translated by machine (MateCat's MT band): words that would be
     * new or a low fuzzy where no engine is configured.
     */
    MACHINE_TRANSLATION;

    /** The lowest score that still counts in a band; pre-translation asks the memory down to it. */
    public static final int LOWEST_SCORE = 50;

    static MatchBand of(Match best, boolean repetition) {
        if (best != null && best.kind() == MatchKind.IN_CONTEXT && best.score() == 101) {
            return IN_CONTEXT;
        }
        if (best != null && best.kind() == MatchKind.EXACT && best.score() == 100) {
            return EXACT;
        }
        if (repetition) {
            return REPETITION;
        }
        int score = best == null ? 0 : best.score();
        if (score >= 95) {
            return FUZZY_95;
        }
        if (score >= 85) {
            return FUZZY_85;
        }
        if (score >= 75) {
            return FUZZY_75;
        }
        return score >= LOWEST_SCORE ? FUZZY_50 : NEW;
    }
}
