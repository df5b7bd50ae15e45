package org.tarjoman.memory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.tarjoman.core.normalize.JoinedKey;

/**
 * Turns one query's index hits into matches against the units read back from the store: units
 * sharing the query's joined key are classified by their text (in-context, exact, normalized, or
 * dropped on a hash collision), fuzzy ones get their differences.
 *
 * <p>Normalized is 99 when the word forms agree (only letter forms, digits or diacritics differ)
 * and 98 otherwise: a unit found only through the joined key differs in spaces or ZWNJs by
 * construction, the same kind of difference that already scored 98 under the normalized key.
 */
final class MatchVerifier {

    private final MatchKeys keys;
    private final MatchKeys.Query query;
    private String queryWordForm;
    private Words.Spanned queryWords;
    private int sameKeyDropped;

    MatchVerifier(MatchKeys keys, MatchKeys.Query query) {
        this.keys = keys;
        this.query = query;
    }

    List<Match> matches(MatchIndex.Hits hits, Map<Long, TranslationUnit> units, Comparator<Match> order) {
        List<Match> out = new ArrayList<>();
        for (int i = 0; i < hits.sameKeyCount; i++) {
            TranslationUnit unit = units.get(hits.sameKey[i]);
            Match match = unit == null ? null : sameKey(unit);
            if (match != null && match.score() >= query.query().threshold()) {
                out.add(match);
            } else {
                sameKeyDropped++;
            }
        }
        for (int i = 0; i < hits.fuzzyCount; i++) {
            TranslationUnit unit = units.get(hits.fuzzyIds[i]);
            if (unit != null) {
                out.add(new Match(unit, hits.fuzzyScores[i], MatchKind.FUZZY, differences(unit)));
            }
        }
        out.sort(order);
        return out.size() > query.query().limit() ? List.copyOf(out.subList(0, query.query().limit())) : out;
    }

    /** How many units sharing the query's key the last {@link #matches} dropped (missing, a collision, below the threshold). */
    int sameKeyDropped() {
        return sameKeyDropped;
    }

    private Match sameKey(TranslationUnit unit) {
        if (unit.source().equals(query.query().source())) {
            // In context needs a context to compare: a query without neighbours is at best an exact match.
            boolean hasContext = query.previousKey() != null || query.nextKey() != null;
            boolean inContext = hasContext
                    && Objects.equals(query.previousKey(), keys.contextKey(unit.previousSource()))
                    && Objects.equals(query.nextKey(), keys.contextKey(unit.nextSource()));
            return inContext ? new Match(unit, Scores.IN_CONTEXT, MatchKind.IN_CONTEXT, List.of())
                    : new Match(unit, Scores.EXACT, MatchKind.EXACT, List.of());
        }
        TaggedSource source = TaggedSource.parse(unit.source());
        if (!JoinedKey.of(keys.key(source)).equals(query.joinedKey())) {
            return null; // a 64-bit hash collision
        }
        if (queryWordForm == null) {
            queryWordForm = keys.wordForm(query.source());
        }
        int score = keys.wordForm(source).equals(queryWordForm) ? Scores.NORMALIZED_SAME_WORDS : Scores.NORMALIZED;
        return new Match(unit, score, MatchKind.NORMALIZED, List.of());
    }

    private List<Difference> differences(TranslationUnit unit) {
        if (queryWords == null) {
            queryWords = keys.spanned(query.source());
        }
        return Alignment.differences(queryWords, keys.spanned(TaggedSource.parse(unit.source())));
    }
}
