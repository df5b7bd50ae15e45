package org.tarjoman.api.memory;

import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import io.micrometer.core.annotation.Timed;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;

import org.tarjoman.api.memory.MemoryViews.DifferenceView;
import org.tarjoman.api.memory.MemoryViews.MatchView;
import org.tarjoman.api.memory.MemoryViews.MemoryView;
import org.tarjoman.api.memory.MemoryViews.UnitRequest;
import org.tarjoman.api.memory.MemoryViews.UnitView;
import org.tarjoman.memory.ContentHash;
import org.tarjoman.memory.Match;
import org.tarjoman.memory.MatchQuery;
import org.tarjoman.memory.MemoryLayers;
import org.tarjoman.memory.MemoryMatch;
import org.tarjoman.memory.MemoryName;
import org.tarjoman.memory.TranslationMemory;
import org.tarjoman.memory.TranslationUnit;
import org.tarjoman.memory.tmx.TmxUnit;
import org.tarjoman.memory.tmx.TmxWriter;

/**
 * Translation memories for the REST API and for jobs: matching through this node's index, writes to
 * the database first and to the index once committed, and TMX export; concordance is
 * {@link MemoryConcordance}'s.
 */
@ApplicationScoped
public class MemoryService {

    /** Both cores of a small node search an article's segments. */
    private static final int PRETRANSLATION_THREADS = 2;

    /** The origin of units added through the API without one. */
    static final String API_ORIGIN = "api";

    private final UnitRepository units;
    private final MemoryIndexes indexes;
    private final MemoryCatalog catalog;

    private final TransactionSynchronizationRegistry transactions;
    private final UnitHistory history;
    private final MeterRegistry meters;

    MemoryService(UnitRepository units, MemoryIndexes indexes, MemoryCatalog catalog,
                  TransactionSynchronizationRegistry transactions, UnitHistory history, MeterRegistry meters) {
        this.history = history;
        this.meters = meters;
        this.units = units;
        this.catalog = catalog;
        this.indexes = indexes;
        this.transactions = transactions;
    }

    /** A corrected target goes to the unit's history (the earlier one kept), as a find-and-replace's does. */
    private void recordCorrection(TranslationUnit old, TranslationUnit corrected, String author) {
        if (!old.target().equals(corrected.target())) {
            history.record(List.of(new UnitHistory.Change(old.id(), UUID.randomUUID().toString(),
                    UnitHistory.CORRECT, old.target(), corrected.target(), author, corrected.changedAt(), null)));
        }
    }

    /** Parses a memory name from a URL or a request, answering 400 for one that is none. */
    public static MemoryName name(String memory) {
        try {
            return MemoryName.parse(memory);
        } catch (IllegalArgumentException e) {
            throw new InvalidMemoryRequest("'" + memory + "' is not a memory name such as 'fa-en' or 'fa-en-sport': "
                    + e.getMessage() + ".");
        }
    }

    public List<MemoryView> memories() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Map<String, Long> counts = units.countByMemory();
            return catalog.all().stream().map(m -> view(m, counts.getOrDefault(m.name().value(), 0L))).toList();
        });
    }

    /** One memory with its unit count, or 404. */
    public MemoryView memory(String memory) {
        MemoryName name = name(memory);
        return QuarkusTransaction.requiringNew().call(() -> view(catalog.find(name)
                .orElseThrow(() -> new UnknownMemory(memory)), units.count(name)));
    }

    /** Makes a memory (409 when the name is taken). */
    public MemoryView create(String memory, String description, boolean readOnly) {
        MemoryName name = name(memory);
        return view(QuarkusTransaction.requiringNew().call(() -> catalog.create(name, description, readOnly)), 0);
    }

    /** Changes a memory's description or read-only flag (a null leaves it). */
    public MemoryView change(String memory, String description, Boolean readOnly) {
        MemoryName name = name(memory);
        QuarkusTransaction.requiringNew().run(() -> catalog.change(name, description, readOnly));
        return memory(memory);
    }

    @Timed(value = "tarjoman.memory.match", description = "Time to match one segment against a memory")
    public List<MatchView> match(String memory, MatchQuery query) {
        MemoryName name = name(memory);
        return existing(memory).match(query).stream().map(m -> view(name, m)).toList();
    }

    /** Matches of several segments in a task's read list, as the API shows them (the editor's suggestions). */
    public List<List<MatchView>> matchViews(List<MemoryRead> reads, List<MatchQuery> queries) {
        return matchAll(reads, queries).stream()
                .map(list -> list.stream().map(m -> view(m.memory(), m.match())).toList()).toList();
    }

    /**
     * Matches of every segment of an article in one pass over the memories a task reads, in their order
     * and with their penalties ({@link MemoryLayers}). A memory that does not exist yet (a pair's own,
     * before its first unit) has nothing to offer.
     */
    public List<List<MemoryMatch>> matchAll(List<MemoryRead> reads, List<MatchQuery> queries) {
        List<MemoryLayers.Layer> layers = new ArrayList<>();
        for (MemoryRead read : reads) {
            indexes.find(read.memory()).ifPresent(index -> layers.add(new MemoryLayers.Layer(read.memory(), index,
                    read.penalty())));
        }
        List<List<MemoryMatch>> matches = new MemoryLayers(layers).matchAll(queries, PRETRANSLATION_THREADS);
        long found = matches.stream().filter(list -> !list.isEmpty()).count();
        // per segment looked up (editor, pre-translation, MT grounding, export): the share matched is the memory's worth
        meters.counter("tarjoman.memory.lookups", "result", "match").increment(found);
        meters.counter("tarjoman.memory.lookups", "result", "none").increment(matches.size() - found);
        return matches;
    }

    /**
     * Confirms a unit written by {@code author} (the caller; the request's own author field is not
     * taken): a new unit, or the memory's unit with the same source and target, counted once more.
     */
    public Confirmed add(String memory, UnitRequest request, String author) {
        MemoryName name = name(memory);
        QuarkusTransaction.requiringNew().run(() -> catalog.checkWritable(name));
        TranslationMemory index = indexes.getOrCreate(name);
        Instant now = now();
        TranslationUnit unit = new TranslationUnit(0, name.pair(), request.source(), request.target(),
                blankToNull(request.previous()), blankToNull(request.next()),
                request.origin() == null ? API_ORIGIN : request.origin(), author, now, now, 1);
        boolean[] created = new boolean[1];
        TranslationUnit saved = QuarkusTransaction.requiringNew().call(() -> {
            catalog.checkWritable(name); // again, where it counts: a PATCH may have come in between
            created[0] = units.holder(name, ContentHash.of(unit)).filter(h -> !h.deleted()).isEmpty();
            return units.confirm(name, TmxUnit.of(unit));
        });
        index.put(saved);
        indexes.applied(saved.id());
        return new Confirmed(view(name, saved), created[0]);
    }

    /** A confirmed unit, and whether the confirmation created it (else it counted an existing one). */
    public record Confirmed(UnitView unit, boolean created) {
    }

    /**
     * Saves confirmed translations of one pair into the memory a task writes to, inside the caller's
     * transaction, and makes them matchable once that transaction commits (a rolled-back save leaves
     * no unit behind, in the database or the index). A read-only memory refuses them
     * ({@link MemoryReadOnly}), and so the whole save.
     */
    public void addAllInTransaction(MemoryName memory, List<TmxUnit> batch) {
        if (batch.isEmpty()) {
            return;
        }
        catalog.checkWritable(memory);
        TranslationMemory index = indexes.getOrCreate(memory);
        // a translation the memory holds already updates that unit (UnitRepository#confirm)
        List<TranslationUnit> saved = units.confirm(memory, batch, Instant.now());
        afterCommit(() -> {
            for (TranslationUnit unit : saved) {
                index.put(unit);
                indexes.applied(unit.id());
            }
        });
    }

    /** The current time as memory units record it. */
    public static Instant unitTime() {
        return now();
    }

    public Optional<UnitView> unit(String memory, long id) {
        MemoryName name = name(memory);
        return QuarkusTransaction.requiringNew().call(() -> units.find(name, id)).map(u -> view(name, u));
    }

    /**
     * Corrects a unit. A correction that would make it the same translation as another live unit of
     * the memory is refused ({@link DuplicateUnit}, naming that unit): merging would silently delete
     * the unit the caller addressed. A tombstone with that translation gives it up.
     */
    public Optional<UnitView> update(String memory, long id, UnitRequest request, String author) {
        MemoryName name = name(memory);
        TranslationMemory index = existing(memory);
        Optional<TranslationUnit> updated;
        try {
            updated = QuarkusTransaction.requiringNew().call(() -> {
            catalog.checkWritable(name);
            return units.find(name, id).flatMap(old -> {
                TranslationUnit u = new TranslationUnit(id, name.pair(), request.source(), request.target(),
                        blankToNull(request.previous()), blankToNull(request.next()),
                        request.origin() != null ? request.origin() : old.origin(),
                        author, old.createdAt(), now(),
                        old.usageCount());
                units.holder(name, ContentHash.of(u)).filter(h -> h.id() != id).ifPresent(other -> {
                    if (!other.deleted()) {
                        throw new DuplicateUnit(memory, other.id());
                    }
                    units.releaseTombstone(other.id());
                });
                if (!units.update(TmxUnit.of(u))) {
                    return Optional.<TranslationUnit>empty();
                }
                recordCorrection(old, u, author);
                return Optional.of(u);
            });
            });
        } catch (UnitRepository.StoreException e) {
            if (e.duplicateKey()) { // another write took the translation between the check and the update
                throw new DuplicateUnit(memory, units.holder(name, ContentHash.of(request.source(), request.target()))
                        .map(UnitRepository.HashHolder::id).orElse(0L));
            }
            throw e;
        }
        updated.ifPresent(u -> {
            index.put(u);
            indexes.applied(u.id());
        });
        return updated.map(u -> view(name, u));
    }

    /**
     * Rewrites a live unit inside the caller's transaction and puts it into this node's index once that
     * transaction commits: the one path of every change to a unit's content (a correction, a
     * find-and-replace). False when the unit is gone; a change that would make it the translation of
     * another live unit is refused ({@link DuplicateUnit}) before anything is written.
     */
    public boolean correctInTransaction(MemoryName memory, TranslationMemory index, TmxUnit unit) {
        catalog.checkWritable(memory);
        units.holder(memory, ContentHash.of(unit.unit())).filter(h -> h.id() != unit.unit().id()).ifPresent(other -> {
            if (!other.deleted()) {
                throw new DuplicateUnit(memory.value(), other.id());
            }
            units.releaseTombstone(other.id());
        });
        if (!units.update(unit)) {
            return false;
        }
        TranslationUnit changed = unit.unit();
        afterCommit(() -> {
            index.put(changed);
            indexes.applied(changed.id());
        });
        return true;
    }

    /**
     * Marks units deleted inside the caller's transaction (tombstones other nodes poll for) and takes
     * them out of this node's index once it commits; answers how many were live.
     */
    public int deleteAllInTransaction(MemoryName memory, TranslationMemory index, List<Long> ids) {
        catalog.checkWritable(memory);
        int deleted = units.deleteAll(ids, Instant.now());
        afterCommit(() -> {
            for (long id : ids) {
                index.remove(id);
                indexes.applied(id);
            }
        });
        return deleted;
    }

    /** Runs {@code change} on this node's index once the caller's transaction commits, never after a rollback. */
    private void afterCommit(Runnable change) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    change.run();
                }
            }
        });
    }

    public boolean delete(String memory, long id) {
        MemoryName name = name(memory);
        TranslationMemory index = existing(memory);
        boolean deleted = QuarkusTransaction.requiringNew().call(() -> {
            catalog.checkWritable(name);
            return units.find(name, id).map(u -> units.delete(id, Instant.now())).orElse(false);
        });
        if (deleted) {
            index.remove(id);
            indexes.applied(id);
        }
        return deleted;
    }

    /** Writes the memory as TMX 1.4b, streaming from a database cursor. */
    public void export(String memory, OutputStream out) {
        MemoryName name = name(memory);
        existing(memory);
        QuarkusTransaction.requiringNew().timeout(3600).run(() -> {
            try (TmxWriter writer = new TmxWriter(out, name.pair())) {
                units.forEachWithCodes(name, writer::write);
            }
        });
    }

    /** The index of a memory for a read, or 404. */
    public TranslationMemory existing(String memory) {
        return indexes.find(name(memory)).orElseThrow(() -> new UnknownMemory(memory));
    }

    private static MemoryView view(MemoryRecord m, long units) {
        return new MemoryView(m.name().value(), m.name().pair().source(), m.name().pair().target(), m.description(),
                m.readOnly(), units, m.createdAt());
    }

    static UnitView view(MemoryName memory, TranslationUnit u) {
        return new UnitView(u.id(), memory.value(), u.source(), u.target(), u.previousSource(), u.nextSource(),
                u.origin(), u.author(), u.createdAt(), u.changedAt(), u.usageCount());
    }

    private static MatchView view(MemoryName memory, Match m) {
        TranslationUnit u = m.unit();
        List<DifferenceView> differences = m.differences().stream()
                .map(d -> new DifferenceView(d.kind().name().toLowerCase(Locale.ROOT), d.queryStart(), d.queryEnd(),
                        d.sourceStart(), d.sourceEnd()))
                .toList();
        return new MatchView(u.id(), memory.value(), u.source(), u.target(), m.score(), m.kind().name(), differences,
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
