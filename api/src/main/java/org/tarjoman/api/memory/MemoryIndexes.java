package org.tarjoman.api.memory;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.context.api.ManagedExecutorConfig;
import io.vertx.core.Vertx;

import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.context.ThreadContext;
import org.jboss.logging.Logger;
import org.tarjoman.api.config.TarjomanConfig;
import org.tarjoman.api.platform.Poller;
import org.tarjoman.memory.LanguagePair;
import org.tarjoman.memory.MemoryName;
import org.tarjoman.memory.TranslationMemory;
import org.tarjoman.memory.TranslationUnit;
import org.tarjoman.memory.UnitStore;

/**
 * This node's matching indexes, one per memory, kept in step with the database (the source of
 * truth) so several stateless nodes can share one PostgreSQL:
 * <ul>
 *   <li>at start every memory is loaded in the background; readiness stays down until done;</li>
 *   <li>this node's own writes are put into its index right after they commit;</li>
 *   <li>every {@code tarjoman.memory.sync-interval} it applies rows other nodes wrote since the last
 *       poll (with an overlap for clock skew and late commits: re-applying a row is harmless), and
 *       reloads a memory whose generation a bulk import on another node has bumped.</li>
 * </ul>
 *
 * <p>Where {@code tarjoman.memory.snapshot-dir} is set, a memory's index is also written to a
 * snapshot ({@link IndexSnapshots}) after each full load and at a graceful stop, and the next start
 * reads it instead of rebuilding the index from every unit: then it applies the units written since
 * the snapshot's watermark (less {@link #OVERLAP}), deleted ones too, and takes the snapshot only if
 * the index then holds as many units as the database, with the same sum of ids (a set of the same size
 * with other units, such as another database's memory of the same name, is told apart). Another
 * generation, a missing, corrupt or older-format file, or a count or sum that disagrees: the full load
 * as before (logged at INFO).
 */
@ApplicationScoped
public class MemoryIndexes {

    private static final Logger LOG = Logger.getLogger(MemoryIndexes.class);
    /** How far back each poll looks beyond the previous one: clock skew and transactions still committing. */
    private static final Duration OVERLAP = Duration.ofSeconds(10);

    private final UnitRepository units;
    private final IndexSnapshots snapshots;
    /** Writes snapshots after full loads, aside from the loads. */
    private final ManagedExecutor snapshotWriter;
    /** Memories whose index is being rebuilt: a snapshot of them now would claim what it lacks. */
    private final Set<MemoryName> loading = ConcurrentHashMap.newKeySet();
    private final Map<MemoryName, Loaded> indexes = new ConcurrentHashMap<>();
    /** Loads one memory at a time, on Quarkus' worker pool: two loads of one memory must not interleave. */
    private final ManagedExecutor loader;
    private final Poller syncer;
    private final Duration syncInterval;
    private volatile Instant watermark = Instant.now();
    /**
     * Units already in this node's index as of a time, within the polling overlap: each poll looks 10 s
     * back, and without this it would re-index every unit written in those 10 s at every poll.
     */
    private final Map<Long, Instant> applied = new ConcurrentHashMap<>();
    /**
     * Imports running on this node, per memory. Their commit bumps the generation before
     * {@link #imported} is called (H2 shows a large commit to others while it still finishes it): a
     * poll in between must not take that for another node's import and reload a million units.
     */
    private final Map<MemoryName, Integer> importing = new ConcurrentHashMap<>();
    /** The application is stopping: a load running stops at its next unit (its thread is not interrupted). */
    private volatile boolean stopping;

    /** An index, the generation it was loaded at, and when its load finished. */
    private record Loaded(TranslationMemory memory, long generation, CompletableFuture<TranslationMemory> ready) {
    }

    // Loads and syncs outlive whatever started them: they carry none of its context (request, transaction).
    MemoryIndexes(UnitRepository units, IndexSnapshots snapshots, TarjomanConfig config, Vertx vertx,
            @ManagedExecutorConfig(maxAsync = 1, propagated = {}, cleared = ThreadContext.ALL_REMAINING)
            ManagedExecutor loader,
            @ManagedExecutorConfig(maxAsync = 1, maxQueued = 1, propagated = {}, cleared = ThreadContext.ALL_REMAINING)
            ManagedExecutor syncer,
            @ManagedExecutorConfig(maxAsync = 1, propagated = {}, cleared = ThreadContext.ALL_REMAINING)
            ManagedExecutor snapshotWriter) {
        this.units = units;
        this.snapshots = snapshots;
        this.snapshotWriter = snapshotWriter;
        this.syncInterval = config.memory().syncInterval();
        this.loader = loader;
        this.syncer = new Poller(vertx, syncer, this::syncLogged);
    }

    void onStart(@Observes StartupEvent event) {
        watermark = Instant.now();
        inTransaction(units::generations).forEach(this::startLoad);
        syncer.start(syncInterval);
    }

    /**
     * Stops syncing and loading without interrupting either: a thread interrupted inside H2 closes the
     * database file under every transaction still running (h2database#227), a TMX import's commit too.
     */
    void onStop(@Observes ShutdownEvent event) {
        stopping = true;
        syncer.stop();
        loader.shutdown();
        snapshotWriter.shutdownNow();
        if (snapshots.enabled()) {
            writeSnapshots();
        }
    }

    /**
     * Writes a snapshot of every loaded index at a graceful stop, the watermark taken before: a unit
     * written after it may be in the snapshot too, which the replay at start allows. A failure is
     * logged, never stops the stop.
     */
    void writeSnapshots() {
        Instant watermark = completeBefore();
        indexes.keySet().forEach(name -> writeSnapshot(name, watermark));
    }

    /**
     * Writes the memory's snapshot with this watermark; false when its index is not loaded, is loading, or
     * an import into it runs here (its units may be in the index before its generation is known).
     */
    boolean writeSnapshot(MemoryName name, Instant watermark) {
        Loaded loaded = indexes.get(name);
        if (loaded == null || !loaded.ready().isDone() || loaded.ready().isCompletedExceptionally()
                || loading.contains(name) || importing.containsKey(name)) {
            return false;
        }
        return writeSnapshot(new IndexSnapshots.Stamp(name, loaded.generation(), watermark), loaded.memory());
    }

    private boolean writeSnapshot(IndexSnapshots.Stamp stamp, TranslationMemory memory) {
        try {
            long start = System.nanoTime();
            long bytes = snapshots.write(stamp, memory);
            LOG.infof("Memory %s: index snapshot written, %,d units in %,d bytes in %,d ms", stamp.memory(),
                    memory.size(), bytes, (System.nanoTime() - start) / 1_000_000);
            return true;
        } catch (IOException | RuntimeException e) {
            LOG.warnf(e, "Memory %s: writing its index snapshot failed; the next start loads it from the database",
                    stamp.memory());
            return false;
        }
    }

    private void syncLogged() {
        try {
            sync();
        } catch (RuntimeException e) {
            LOG.warn("Catching up with memory writes of other nodes failed; retrying at the next interval", e);
        }
    }

    /** The index of a memory that exists in the database, once loaded. */
    public Optional<TranslationMemory> find(MemoryName name) {
        Loaded loaded = indexes.get(name);
        if (loaded == null) {
            Long generation = inTransaction(units::generations).get(name);
            if (generation == null) {
                return Optional.empty();
            }
            loaded = startLoad(name, generation);
        }
        return Optional.of(loaded.ready().join());
    }

    /** The index of a memory, creating the memory (in its own transaction) on first use. */
    public TranslationMemory getOrCreate(MemoryName name) {
        return find(name).orElseGet(() -> {
            try {
                QuarkusTransaction.requiringNew().run(() -> units.ensureMemory(name));
            } catch (UnitRepository.StoreException e) {
                // The first two writes to a new memory both found no row and both inserted: the
                // other one's row is there now, and it is the memory this write goes into.
                if (!e.duplicateKey()) {
                    throw e;
                }
            }
            return find(name).orElseThrow();
        });
    }

    /** Whether every index has finished loading (readiness). */
    public boolean ready() {
        return indexes.values().stream().allMatch(l -> l.ready().isDone());
    }

    /** Units per loaded memory, for the readiness report. */
    public Map<String, Integer> sizes() {
        Map<String, Integer> sizes = new java.util.TreeMap<>();
        indexes.forEach((name, l) -> sizes.put(name.value(), l.ready().isDone() ? l.memory().size() : -1));
        return sizes;
    }

    /** This node put a unit it wrote into its index after the write committed: polling need not again. */
    public void applied(long unitId) {
        applied.put(unitId, Instant.now());
    }

    /**
     * Every unit written before this instant is in this node's indexes (a poll applies what was
     * written since the previous one, looking back {@link #OVERLAP} for late commits). Read it before
     * asking an index, then add what was written since: the index may still lack that.
     */
    public Instant completeBefore() {
        return watermark.minus(OVERLAP);
    }

    /** Whether this node's index has the unit as written at that time (it wrote it, or a poll applied it). */
    public boolean hasApplied(long unitId, Instant writtenAt) {
        Instant seen = applied.get(unitId);
        return seen != null && !writtenAt.isAfter(seen);
    }

    /** This node starts a bulk import into the memory; call {@link #importEnded} when it is over, however. */
    public void importStarted(MemoryName name) {
        importing.merge(name, 1, Integer::sum);
    }

    public void importEnded(MemoryName name) {
        importing.computeIfPresent(name, (p, running) -> running == 1 ? null : running - 1);
    }

    /**
     * After this node's bulk import committed: its index is current at that generation, no reload
     * needed, unless another node's import committed in between (a gap in the generations).
     */
    public void imported(MemoryName name, long generation) {
        Loaded loaded = indexes.get(name);
        if (loaded == null) {
            return;
        }
        if (loaded.generation() + 1 < generation && loaded.ready().isDone()) {
            reload(name, loaded.memory(), generation);
        } else {
            indexes.computeIfPresent(name, (p, l) -> new Loaded(l.memory(), Math.max(l.generation(), generation), l.ready()));
        }
    }

    /** One pass of catching up with the database; runs every {@code tarjoman.memory.sync-interval}. */
    void sync() {
        Instant pollStart = Instant.now();
        Map<MemoryName, Long> generations = inTransaction(units::generations);
        generations.forEach((name, generation) -> {
            Loaded loaded = indexes.get(name);
            if (loaded != null && loaded.generation() < generation && loaded.ready().isDone()
                    && !importing.containsKey(name)) {
                reload(name, loaded.memory(), generation);
            }
        });
        Instant since = watermark.minus(OVERLAP);
        QuarkusTransaction.requiringNew().run(() -> units.forEachWrittenSince(since, change -> {
            Loaded loaded = indexes.get(change.memory());
            if (loaded == null || !loaded.ready().isDone()) {
                return; // a load in progress reads the row itself
            }
            Instant seen = applied.get(change.unit().id());
            if (seen != null && !change.writtenAt().isAfter(seen)) {
                return;
            }
            if (change.deleted()) {
                loaded.memory().remove(change.unit().id());
            } else {
                loaded.memory().put(change.unit());
            }
            applied.put(change.unit().id(), change.writtenAt());
        }));
        applied.values().removeIf(at -> at.isBefore(since));
        watermark = pollStart;
    }

    private Loaded startLoad(MemoryName name, long generation) {
        return indexes.computeIfAbsent(name, n -> {
            TranslationMemory memory = new TranslationMemory(n.pair(), stoppable(units.of(n)));
            CompletableFuture<TranslationMemory> ready = loader.supplyAsync(
                    () -> restored(n, memory, generation) ? memory : load(n, memory, generation));
            return new Loaded(memory, generation, ready);
        });
    }

    private void reload(MemoryName name, TranslationMemory memory, long generation) {
        indexes.put(name, new Loaded(memory, generation, CompletableFuture.completedFuture(memory)));
        loader.execute(() -> load(name, memory, generation));
    }

    private TranslationMemory load(MemoryName name, TranslationMemory memory, long generation) {
        loading.add(name);
        try {
            long start = System.nanoTime();
            Instant started = Instant.now();
            // Streaming a large memory with a cursor needs a transaction on PostgreSQL; give it time.
            QuarkusTransaction.requiringNew().timeout(3600).run(memory::load);
            // Polls skip a memory while it loads, and the load's read saw no row committed after it
            // began: catch up with those before the memory counts as loaded.
            int replayed = replay(name, memory, started.minus(OVERLAP));
            LOG.infof("Memory %s loaded: %,d units in %,d ms (%,d written meanwhile applied)", name, memory.size(),
                    (System.nanoTime() - start) / 1_000_000, replayed);
            if (snapshots.enabled()) {
                IndexSnapshots.Stamp stamp = new IndexSnapshots.Stamp(name, generation, started.minus(OVERLAP));
                snapshotWriter.execute(() -> writeSnapshot(stamp, memory));
            }
            return memory;
        } finally {
            loading.remove(name);
        }
    }

    /**
     * Reads the memory's index from its snapshot and brings it up to date with the database: false,
     * with the reason logged, when there is no usable snapshot (the caller then loads the memory in full).
     */
    boolean restored(MemoryName name, TranslationMemory memory, long generation) {
        if (!snapshots.enabled()) {
            return false;
        }
        long start = System.nanoTime();
        try {
            Optional<IndexSnapshots.Stamp> stamp = snapshots.read(name, generation, memory);
            if (stamp.isEmpty()) {
                LOG.infof("Memory %s: no index snapshot; loading it from the database", name);
                return false;
            }
            long read = System.nanoTime();
            int replayed = replay(name, memory, stamp.get().watermark().minus(OVERLAP));
            long replay = System.nanoTime();
            UnitRepository.Census census = inTransaction(() -> units.census(name));
            if (memory.size() != census.count() || memory.idSum() != census.idSum()) {
                LOG.infof("Memory %s: its index snapshot holds %,d units (ids summing to %d) after catching up, the "
                        + "database %,d (%d); loading it from the database", name, memory.size(), memory.idSum(),
                        census.count(), census.idSum());
                return false;
            }
            LOG.infof("Memory %s restored from its index snapshot of %s: %,d units in %,d ms (snapshot read in %,d ms, "
                    + "%,d units written since applied in %,d ms, count and ids checked in %,d ms)", name, stamp.get().watermark(),
                    memory.size(), (System.nanoTime() - start) / 1_000_000, (read - start) / 1_000_000, replayed,
                    (replay - read) / 1_000_000, (System.nanoTime() - replay) / 1_000_000);
            return true;
        } catch (IOException e) {
            LOG.infof("Memory %s: index snapshot not used (%s); loading it from the database", name, e.getMessage());
            return false;
        } catch (RuntimeException e) {
            LOG.warnf(e, "Memory %s: restoring its index snapshot failed; loading it from the database", name);
            return false;
        }
    }

    /** Applies the memory's units written at or after {@code since} (deleted ones removed); answers how many. */
    private int replay(MemoryName name, TranslationMemory memory, Instant since) {
        int[] replayed = new int[1];
        QuarkusTransaction.requiringNew().run(() -> units.forEachWrittenSince(since, change -> {
            if (!change.memory().equals(name)) {
                return;
            }
            if (change.deleted()) {
                memory.remove(change.unit().id());
            } else {
                memory.put(change.unit());
            }
            replayed[0]++;
        }));
        return replayed[0];
    }

    /** The store a load reads, which gives up at the next unit once the application stops. */
    private UnitStore stoppable(UnitStore store) {
        return new UnitStore() {
            @Override
            public void forEach(LanguagePair pair, Consumer<TranslationUnit> sink) {
                store.forEach(pair, unit -> {
                    if (stopping) {
                        throw new IllegalStateException("the application is stopping");
                    }
                    sink.accept(unit);
                });
            }

            @Override
            public List<TranslationUnit> findByIds(Collection<Long> ids) {
                return store.findByIds(ids);
            }
        };
    }

    private static <T> T inTransaction(java.util.function.Supplier<T> work) {
        return QuarkusTransaction.requiringNew().call(work::get);
    }
}
