package org.tarjoman.memory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Several memories searched as one, in the order a task reads them, each with a penalty (as Phrase
 * and memoQ do): a desk's sports memory first, the pair's own after it at 3 points less.
 *
 * <p>Every match of a memory loses that memory's penalty (floor 0) and keeps its kind, so a penalized
 * exact match still says it is exact while its score tells it is trusted less. Matches that fall below
 * the query's threshold are dropped; the rest are merged best first: by score, then the newest unit,
 * then the memory read first. Each memory is asked for the query's limit: a penalty is the same for
 * all of a memory's matches, so the merged top {@code limit} is always among those.
 */
public final class MemoryLayers {

    /** One memory of the list, with the points its matches lose. */
    public record Layer(MemoryName name, TranslationMemory memory, int penalty) {

        public Layer {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(memory, "memory");
            if (penalty < 0 || penalty > 100) {
                throw new IllegalArgumentException("a penalty is between 0 and 100, was " + penalty);
            }
        }
    }

    private record Ranked(MemoryMatch match, int layer) {
    }

    private static final Comparator<Ranked> BEST_FIRST = Comparator
            .comparingInt((Ranked r) -> r.match().match().score()).reversed()
            .thenComparing((Ranked r) -> r.match().match().unit().changedAt(), Comparator.reverseOrder())
            .thenComparingInt(Ranked::layer)
            .thenComparingLong(r -> r.match().match().unit().id());

    private final List<Layer> layers;

    public MemoryLayers(List<Layer> layers) {
        this.layers = List.copyOf(layers);
    }

    /** Matches of each query (an article's segments), each list best first and at most the query's limit long. */
    public List<List<MemoryMatch>> matchAll(List<MatchQuery> queries, int parallelism) {
        List<List<Ranked>> merged = new ArrayList<>(queries.size());
        queries.forEach(q -> merged.add(new ArrayList<>()));
        for (int l = 0; l < layers.size(); l++) {
            Layer layer = layers.get(l);
            List<List<Match>> found = layer.memory().matchAll(queries, parallelism);
            for (int q = 0; q < queries.size(); q++) {
                for (Match match : found.get(q)) {
                    Match penalized = penalized(match, layer.penalty());
                    if (penalized.score() >= queries.get(q).threshold()) {
                        merged.get(q).add(new Ranked(new MemoryMatch(layer.name(), penalized), l));
                    }
                }
            }
        }
        List<List<MemoryMatch>> out = new ArrayList<>(queries.size());
        for (int q = 0; q < queries.size(); q++) {
            out.add(merged.get(q).stream().sorted(BEST_FIRST).limit(queries.get(q).limit())
                    .map(Ranked::match).toList());
        }
        return out;
    }

    private static Match penalized(Match match, int penalty) {
        return penalty == 0 ? match
                : new Match(match.unit(), Math.max(0, match.score() - penalty), match.kind(), match.differences());
    }
}
