package org.tarjoman.api.memory;

import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import io.micrometer.core.annotation.Timed;
import io.quarkus.narayana.jta.QuarkusTransaction;

import org.tarjoman.api.memory.MemoryViews.ConcordanceHit;
import org.tarjoman.api.memory.MemoryViews.ConcordanceList;
import org.tarjoman.api.memory.MemoryViews.DifferenceView;
import org.tarjoman.api.memory.MemoryViews.MatchView;
import org.tarjoman.api.memory.MemoryViews.MemoryView;
import org.tarjoman.api.memory.MemoryViews.UnitRequest;
import org.tarjoman.api.memory.MemoryViews.UnitView;
import org.tarjoman.core.normalize.PersianNormalizer;
import org.tarjoman.memory.LanguagePair;
import org.tarjoman.memory.Match;
import org.tarjoman.memory.MatchQuery;
import org.tarjoman.memory.TaggedSource;
import org.tarjoman.memory.TranslationMemory;
import org.tarjoman.memory.TranslationUnit;
import org.tarjoman.memory.tmx.TmxUnit;
import org.tarjoman.memory.tmx.TmxWriter;

/**
 * Translation memories for the REST API and for jobs: matching through this node's index, writes to
 * the database first and to the index once committed, concordance and TMX export.
 */
@ApplicationScoped
public class MemoryService {

    /** Both cores of a small node search an article's segments. */
    private static final int PRETRANSLATION_THREADS = 2;

    /** The origin of units added through the API without one. */
    static final String API_ORIGIN = "api";

    private final UnitRepository units;
    private final MemoryIndexes indexes;
    private final PersianNormalizer normalizer = new PersianNormalizer();
    private final ConcordanceHighlighter highlighter = new ConcordanceHighlighter(normalizer);

    private final TransactionSynchronizationRegistry transactions;

    MemoryService(UnitRepository units, MemoryIndexes indexes, TransactionSynchronizationRegistry transactions) {
        this.units = units;
        this.indexes = indexes;
        this.transactions = transactions;
    }

    /** Parses a memory name from a URL, answering 400 for one that is not {@code source-target}. */
    public static LanguagePair pair(String memory) {
        try {
            return LanguagePair.parse(memory);
        } catch (IllegalArgumentException e) {
            throw new InvalidMemoryRequest("'" + memory + "' is not a memory name such as 'fa-en': "
                    + e.getMessage() + ".");
        }
    }

    public List<MemoryView> memories() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Map<String, Long> counts = units.countByPair();
            return units.generations().keySet().stream()
                    .map(p -> new MemoryView(p.code(), p.source(), p.target(), counts.getOrDefault(p.code(), 0L)))
                    .toList();
        });
    }

    @Timed(value = "tarjoman.memory.match", description = "Time to match one segment against a memory")
    public List<MatchView> match(String memory, MatchQuery query) {
        return existing(memory).match(query).stream().map(MemoryService::view).toList();
    }

    /** Matches of several segments as the API shows them (the editor's suggestions). */
    public List<List<MatchView>> matchViews(LanguagePair pair, List<MatchQuery> queries) {
        return matchAll(pair, queries).stream().map(list -> list.stream().map(MemoryService::view).toList()).toList();
    }

    /** Matches for every segment of an article in one pass, for pre-translation. */
    public List<List<Match>> matchAll(LanguagePair pair, List<MatchQuery> queries) {
        return indexes.find(pair).map(m -> m.matchAll(queries, PRETRANSLATION_THREADS)).orElseGet(() -> queries.stream().map(q -> List.<Match>of()).toList());
    }

    /**
     * Both sides are searched through this node's index, whole words, newest first, no scan: sources
     * after Persian normalization, targets folded by their language's rules (case, Russian ё,
     * punctuation; {@link TranslationMemory#targetConcordance}, which also says where each hit stands).
     */
    public ConcordanceList concordance(String memory, String query, String side, int limit) {
        TranslationMemory index = existing(memory);
        boolean inTarget = switch (side == null ? "source" : side.toLowerCase(Locale.ROOT)) {
            case "source" -> false;
            case "target" -> true;
            default -> throw new InvalidMemoryRequest("side must be 'source' or 'target', not '" + side + "'.");
        };
        String key = normalizer.normalize(query);
        if (key.isEmpty()) {
            throw new InvalidMemoryRequest("The concordance query is empty.");
        }
        List<ConcordanceHit> hits = new ArrayList<>();
        if (inTarget) {
            QuarkusTransaction.requiringNew().run(() -> index.targetConcordance(query, limit).forEach(hit ->
                    hits.add(new ConcordanceHit(view(hit.unit()), "target", hit.start(), hit.end()))));
            return new ConcordanceList(query, hits);
        }
        List<Long> sourceHits = index.concordance(query, limit);
        List<TranslationUnit> found = QuarkusTransaction.requiringNew().call(() ->
                newestFirst(units.findByIds(sourceHits), sourceHits));
        for (TranslationUnit unit : found) {
            highlighter.find(TaggedSource.parse(unit.source()).plain(), key).ifPresent(span ->
                    hits.add(new ConcordanceHit(view(unit), "source", span.start(), span.end())));
        }
        return new ConcordanceList(query, hits);
    }

    /** Adds a unit written by {@code author} (the caller; the request's own author field is not taken). */
    public UnitView add(String memory, UnitRequest request, String author) {
        return view(add(pair(memory), request.source(), request.target(), request.previous(), request.next(),
                request.origin(), author));
    }

    /** Saves a confirmed translation and makes it matchable at once (used by jobs too). */
    public TranslationUnit add(LanguagePair pair, String source, String target, String previous, String next,
                               String origin, String author) {
        TranslationMemory memory = indexes.getOrCreate(pair);
        Instant now = now();
        TranslationUnit unit = new TranslationUnit(0, pair, source, target, blankToNull(previous), blankToNull(next),
                origin == null ? API_ORIGIN : origin, author, now, now, 0);
        TranslationUnit saved = QuarkusTransaction.requiringNew().call(() -> units.insert(TmxUnit.of(unit)));
        memory.put(saved);
        indexes.applied(saved.id());
        return saved;
    }

    /**
     * Saves a confirmed translation inside the caller's transaction and makes it matchable once that
     * transaction commits (a rolled-back save leaves no unit behind, in the database or the index).
     */
    public void addInTransaction(TmxUnit unit) {
        addAllInTransaction(List.of(unit));
    }

    /** {@link #addInTransaction} for many units of one pair, written in one batch. */
    public void addAllInTransaction(List<TmxUnit> batch) {
        if (batch.isEmpty()) {
            return;
        }
        TranslationMemory memory = indexes.getOrCreate(batch.get(0).unit().pair());
        List<TranslationUnit> saved = units.insert(batch);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    for (TranslationUnit unit : saved) {
                        memory.put(unit);
                        indexes.applied(unit.id());
                    }
                }
            }
        });
    }

    /** The current time as memory units record it. */
    public static Instant unitTime() {
        return now();
    }

    public Optional<UnitView> unit(String memory, long id) {
        LanguagePair pair = pair(memory);
        return QuarkusTransaction.requiringNew().call(() -> units.find(id)).filter(u -> u.pair().equals(pair))
                .map(MemoryService::view);
    }

    public Optional<UnitView> update(String memory, long id, UnitRequest request, String author) {
        LanguagePair pair = pair(memory);
        TranslationMemory index = existing(memory);
        Optional<TranslationUnit> updated = QuarkusTransaction.requiringNew().call(() -> units.find(id)
                .filter(u -> u.pair().equals(pair))
                .map(old -> new TranslationUnit(id, pair, request.source(), request.target(),
                        blankToNull(request.previous()), blankToNull(request.next()),
                        request.origin() != null ? request.origin() : old.origin(),
                        author, old.createdAt(), now(),
                        old.usageCount()))
                .filter(u -> units.update(TmxUnit.of(u))));
        updated.ifPresent(u -> {
            index.put(u);
            indexes.applied(u.id());
        });
        return updated.map(MemoryService::view);
    }

    public boolean delete(String memory, long id) {
        LanguagePair pair = pair(memory);
        TranslationMemory index = existing(memory);
        boolean deleted = QuarkusTransaction.requiringNew().call(() -> units.find(id)
                .filter(u -> u.pair().equals(pair)).map(u -> units.delete(id, Instant.now())).orElse(false));
        if (deleted) {
            index.remove(id);
            indexes.applied(id);
        }
        return deleted;
    }

    /** Writes the memory as TMX 1.4b, streaming from a database cursor. */
    public void export(String memory, OutputStream out) {
        LanguagePair pair = pair(memory);
        existing(memory);
        QuarkusTransaction.requiringNew().timeout(3600).run(() -> {
            try (TmxWriter writer = new TmxWriter(out, pair)) {
                units.forEachWithCodes(pair, writer::write);
            }
        });
    }

    /** The index of a memory for a read, or 404. */
    public TranslationMemory existing(String memory) {
        return indexes.find(pair(memory)).orElseThrow(() -> new UnknownMemory(memory));
    }

    private static List<TranslationUnit> newestFirst(List<TranslationUnit> units, List<Long> order) {
        Map<Long, TranslationUnit> byId = new java.util.HashMap<>();
        units.forEach(u -> byId.put(u.id(), u));
        return order.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    static UnitView view(TranslationUnit u) {
        return new UnitView(u.id(), u.pair().code(), u.source(), u.target(), u.previousSource(), u.nextSource(),
                u.origin(), u.author(), u.createdAt(), u.changedAt(), u.usageCount());
    }

    private static MatchView view(Match m) {
        TranslationUnit u = m.unit();
        List<DifferenceView> differences = m.differences().stream()
                .map(d -> new DifferenceView(d.kind().name().toLowerCase(Locale.ROOT), d.queryStart(), d.queryEnd(),
                        d.sourceStart(), d.sourceEnd()))
                .toList();
        return new MatchView(u.id(), u.source(), u.target(), m.score(), m.kind().name(), differences,
                u.previousSource(), u.nextSource(), u.origin(), u.author(), u.changedAt(), u.usageCount());
    }

    /** TMX dates have whole seconds; so do ours, so an exported unit imports back identical. */
    private static Instant now() {
        return Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
