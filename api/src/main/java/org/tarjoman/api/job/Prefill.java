package org.tarjoman.api.job;

import java.util.List;

import org.tarjoman.memory.Match;
import org.tarjoman.memory.MatchKind;

/**
 * What pre-translation puts into a new translation from the best memory match: an in-context match
 * is filled and TRANSLATED, an exact or normalized one filled as a DRAFT to check, and the best
 * fuzzy match only offered beside the empty target. An in-context match from a memory read with a
 * penalty (below 101) is filled as a DRAFT too: the penalty says a person should look at it.
 */
record Prefill(String target, TranslationStatus status, Origin origin, Integer score, String offeredTarget,
               Integer offeredScore) {

    private static final int IN_CONTEXT_SCORE = 101;

    static final Prefill NONE = new Prefill(null, TranslationStatus.NEW, null, null, null, null);

    static Prefill from(List<Match> matches) {
        if (matches.isEmpty()) {
            return NONE;
        }
        Match best = matches.get(0);
        String target = best.unit().target();
        if (best.kind() == MatchKind.IN_CONTEXT && best.score() == IN_CONTEXT_SCORE) {
            return new Prefill(target, TranslationStatus.TRANSLATED, Origin.TM, best.score(), null, null);
        }
        if (best.kind() != MatchKind.FUZZY) {
            return new Prefill(target, TranslationStatus.DRAFT, Origin.TM, best.score(), null, null);
        }
        return new Prefill(null, TranslationStatus.NEW, null, null, target, best.score());
    }

    void applyTo(TranslationEntity translation) {
        translation.target = target;
        translation.status = status;
        translation.origin = origin;
        translation.score = score;
        translation.offeredTarget = offeredTarget;
        translation.offeredScore = offeredScore;
    }
}
