package org.tarjoman.api.memory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.narayana.jta.QuarkusTransaction;

import org.tarjoman.api.memory.MemoryViews.ConcordanceHit;
import org.tarjoman.api.memory.MemoryViews.ConcordanceList;
import org.tarjoman.core.normalize.PersianNormalizer;
import org.tarjoman.memory.MemoryName;
import org.tarjoman.memory.TaggedSource;
import org.tarjoman.memory.TranslationMemory;
import org.tarjoman.memory.TranslationUnit;

/**
 * Concordance: units whose source or target holds a word or phrase, in one memory or in a task's
 * read list. Both sides are searched through this node's index, whole words, newest first, no scan:
 * sources after Persian normalization, targets folded by their language's rules (case, Russian ё,
 * punctuation; {@link TranslationMemory#targetConcordance}, which also says where each hit stands).
 * Every hit names the memory it came from.
 */
@ApplicationScoped
public class MemoryConcordance {

    private final UnitRepository units;
    private final MemoryIndexes indexes;
    private final PersianNormalizer normalizer = new PersianNormalizer();
    private final ConcordanceHighlighter highlighter = new ConcordanceHighlighter(normalizer);

    MemoryConcordance(UnitRepository units, MemoryIndexes indexes) {
        this.units = units;
        this.indexes = indexes;
    }

    /** One memory's hits, newest first; 404 for a memory this node has no index of. */
    public ConcordanceList search(String memory, String query, String side, int limit) {
        MemoryName name = MemoryService.name(memory);
        TranslationMemory index = indexes.find(name).orElseThrow(() -> new UnknownMemory(memory));
        boolean inTarget = inTarget(side);
        return new ConcordanceList(query, hits(name, index, query, key(query), inTarget, limit));
    }

    /**
     * Hits in a task's read list: the memories in their order, each one's hits (newest first) before the
     * next one's, {@code limit} in all. The order is the task's trust: what the first memory says is
     * what the desk wants seen first. A memory that does not exist yet (a pair's own, before its first
     * unit) has nothing to offer.
     */
    public ConcordanceList search(List<MemoryName> memories, String query, String side, int limit) {
        boolean inTarget = inTarget(side);
        String key = key(query);
        List<ConcordanceHit> hits = new ArrayList<>();
        for (MemoryName name : memories) {
            if (hits.size() >= limit) {
                break;
            }
            indexes.find(name).ifPresent(index -> hits.addAll(hits(name, index, query, key, inTarget,
                    limit - hits.size())));
        }
        return new ConcordanceList(query, hits);
    }

    private List<ConcordanceHit> hits(MemoryName name, TranslationMemory index, String query, String key,
                                      boolean inTarget, int limit) {
        List<ConcordanceHit> hits = new ArrayList<>();
        if (inTarget) {
            QuarkusTransaction.requiringNew().run(() -> index.targetConcordance(query, limit).forEach(hit ->
                    hits.add(new ConcordanceHit(name.value(), MemoryService.view(name, hit.unit()), "target",
                            hit.start(), hit.end()))));
            return hits;
        }
        List<Long> sourceHits = index.concordance(query, limit);
        List<TranslationUnit> found = QuarkusTransaction.requiringNew().call(() ->
                newestFirst(units.findByIds(sourceHits), sourceHits));
        for (TranslationUnit unit : found) {
            highlighter.find(TaggedSource.parse(unit.source()).plain(), key).ifPresent(span ->
                    hits.add(new ConcordanceHit(name.value(), MemoryService.view(name, unit), "source", span.start(),
                            span.end())));
        }
        return hits;
    }

    private static boolean inTarget(String side) {
        return switch (side == null ? "source" : side.toLowerCase(Locale.ROOT)) {
            case "source" -> false;
            case "target" -> true;
            default -> throw new InvalidMemoryRequest("side must be 'source' or 'target', not '" + side + "'.");
        };
    }

    /** The phrase as source keys hold it; a phrase of nothing (blank, a lone ZWNJ) is refused. */
    private String key(String query) {
        String key = query == null ? "" : normalizer.normalize(query);
        if (key.isEmpty()) {
            throw new InvalidMemoryRequest("The concordance query is empty.");
        }
        return key;
    }

    private static List<TranslationUnit> newestFirst(List<TranslationUnit> units, List<Long> order) {
        Map<Long, TranslationUnit> byId = new HashMap<>();
        units.forEach(u -> byId.put(u.id(), u));
        return order.stream().map(byId::get).filter(Objects::nonNull).toList();
    }
}
