package org.tarjoman.api.memory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.LockModeType;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.context.api.ManagedExecutorConfig;

import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.context.ThreadContext;
import org.jboss.logging.Logger;
import org.tarjoman.api.config.TarjomanConfig;
import org.tarjoman.core.limits.DocumentLimitExceeded;
import org.tarjoman.memory.MemoryName;
import org.tarjoman.memory.TranslationMemory;
import org.tarjoman.memory.tmx.ImportReport;
import org.tarjoman.memory.tmx.TmxException;
import org.tarjoman.memory.tmx.TmxImport;
import org.tarjoman.memory.tmx.TmxUnitCount;

/**
 * Runs TMX imports, each as one transaction: a malformed file anywhere leaves the memory as it was.
 * Small files are imported while the client waits; larger ones in the background, one at a time,
 * followed through their {@link ImportEntity}, giving way to editors' requests ({@link ImportPace}).
 *
 * <p>Cancelling is safe at any point for the same reason: a cancelled import's transaction is rolled
 * back, so it keeps nothing. The import's row is the arbiter: the cancel moves it from QUEUED or RUNNING
 * to CANCELLED, and the import, last thing in its transaction, locks its row and commits only if it is
 * still RUNNING (a cancel that comes later finds it DONE and is refused). The import notices a cancel
 * at its next unit on this node, or at its next progress report when it was asked on another node.
 *
 * <p>DONE is an acknowledgement, so it is shown only once the import's commit has returned on this node:
 * H2 shows a committing transaction's rows to other sessions while it still finishes the commit and
 * before it writes them to its file (seconds for 100,000 units), and a stop or crash then loses them.
 * A stop never interrupts an import's thread (see {@link #onStop}).
 */
@ApplicationScoped
public class TmxImports {

    private static final Logger LOG = Logger.getLogger(TmxImports.class);
    /** A 50,000-unit import moves its progress bar 50 times; each report is one small transaction. */
    private static final int PROGRESS_EVERY = 1_000;
    private static final int MAX_TRANSACTION_SECONDS = 3_600;

    private final UnitRepository units;
    private final MemoryIndexes indexes;
    private final MemoryCatalog catalog;
    private final EditorRequests editors;
    private final Path spool;
    /** Background imports, one at a time on Quarkus' worker pool, with none of the request's context. */
    private final ManagedExecutor background;
    /** Imports asked to stop on this node, so they stop at their next unit rather than their next report. */
    private final Set<String> cancelled = ConcurrentHashMap.newKeySet();
    /** Imports whose transaction runs on this node: shown RUNNING until their commit has returned. */
    private final Set<String> running = ConcurrentHashMap.newKeySet();
    /** The application is stopping: an import stops at its next unit, and a queued one does not start. */
    private volatile boolean stopping;
    private final MeterRegistry meters;

    TmxImports(UnitRepository units, MemoryIndexes indexes, MemoryCatalog catalog, EditorRequests editors, TarjomanConfig config,
            MeterRegistry meters,
            @ManagedExecutorConfig(maxAsync = 1, propagated = {}, cleared = ThreadContext.ALL_REMAINING)
            ManagedExecutor background) {
        this.units = units;
        this.indexes = indexes;
        this.catalog = catalog;
        this.editors = editors;
        this.spool = Path.of(config.dataPath(), "imports");
        this.background = background;
        this.meters = meters;
        for (String outcome : java.util.List.of("done", "refused", "failed", "cancelled")) {
            meters.counter("tarjoman.tmx.imports", "outcome", outcome); // each series exists before its first import
        }
        meters.counter("tarjoman.tmx.imported.units");
    }

    /** Imports still marked running were cut off by a restart: their transaction was rolled back. */
    void onStart(@Observes StartupEvent event) {
        QuarkusTransaction.requiringNew().run(() -> ImportEntity.ROWS.update(
                "state = ?1, messages = ?2, finishedAt = ?3 where state in ?4", ImportEntity.State.FAILED,
                "The application stopped during the import; nothing of it was kept. Upload the file again.",
                Instant.now(), java.util.List.of(ImportEntity.State.QUEUED, ImportEntity.State.RUNNING)));
    }

    /**
     * A running import stops at its next unit and is rolled back (FAILED), one already committing
     * commits, and the stop waits for either before the database is closed. Its thread is never
     * interrupted: H2 closes its file when a thread inside it is interrupted (its FileChannel is closed,
     * h2database#227, #1076), which failed the import's commit after DONE was shown, and every other
     * transaction still running. It runs before the other observers of the stop (the default priority is
     * later), so {@link MemoryIndexes} writes its snapshot of the memory with the import's units.
     */
    void onStop(@Observes @Priority(Interceptor.Priority.APPLICATION) ShutdownEvent event) {
        stopping = true;
        background.shutdown();
        try {
            while (!background.awaitTermination(5, TimeUnit.SECONDS)) {
                LOG.infof("Stopping: waiting for TMX import %s to finish its commit or rollback", running);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A spool file for an upload, in the data folder (the system temp folder may be small). */
    public Path spoolFile() {
        try {
            Files.createDirectories(spool);
            return Files.createTempFile(spool, "import-", ".tmx");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Imports now; the spooled file is deleted afterwards. A memory that may not be written
     * ({@link MemoryCatalog#checkWritable}) refuses the import before anything is recorded.
     */
    public ImportEntity importNow(MemoryName name, Path file, String fileName, String startedBy) {
        prepare(name);
        ImportEntity job = QuarkusTransaction.requiringNew().call(() -> {
            ImportEntity created = create(name, fileName, ImportEntity.State.RUNNING, startedBy);
            created.unitsTotal = count(file);
            return created;
        });
        run(job.id, name, file, fileName, processed -> stopIfCancelled(job.id), true);
        return find(job.id).orElseThrow();
    }

    /** Queues the import and returns at once; the spooled file is deleted when it has run. */
    public ImportEntity importLater(MemoryName name, Path file, String fileName, String startedBy) {
        prepare(name);
        ImportEntity job = QuarkusTransaction.requiringNew().call(() -> create(name, fileName, ImportEntity.State.QUEUED,
                startedBy));
        background.execute(() -> {
            if (stopping) { // still queued at the stop: marked FAILED at the next start
                deleteQuietly(file);
                return;
            }
            boolean started = QuarkusTransaction.requiringNew().call(() -> ImportEntity.ROWS.update(
                    "state = ?1 where id = ?2 and state = ?3", ImportEntity.State.RUNNING, job.id,
                    ImportEntity.State.QUEUED) == 1);
            if (!started) { // cancelled while it waited
                cancelled.remove(job.id);
                deleteQuietly(file);
                return;
            }
            Long total = count(file);
            if (total != null) {
                QuarkusTransaction.requiringNew().run(() -> ImportEntity.ROWS.update("unitsTotal = ?1 where id = ?2", total, job.id));
            }
            ImportPace pace = new ImportPace(editors);
            LongConsumer report = every(PROGRESS_EVERY, processed -> {
                boolean running = QuarkusTransaction.requiringNew().call(() -> ImportEntity.ROWS.update(
                        "unitsProcessed = ?1 where id = ?2 and state = ?3", processed, job.id, ImportEntity.State.RUNNING) == 1);
                if (!running) {
                    throw new Cancelled(); // on another node
                }
            });
            run(job.id, name, file, fileName, processed -> {
                stopIfCancelled(job.id);
                pace.giveWay();
                report.accept(processed);
            }, false);
        });
        return job;
    }

    /**
     * Stops a queued or running import; what it wrote is rolled back with its transaction. An import
     * that has ended is refused ({@link ImportFinished}), and so is one committing or committed while it was asked.
     */
    public ImportEntity cancel(String id, String by) {
        row(id).orElseThrow(() -> new UnknownImport(id));
        int changed = QuarkusTransaction.requiringNew().call(() -> ImportEntity.ROWS.update(
                "state = ?1, finishedAt = ?2, messages = ?3 where id = ?4 and state in ?5", ImportEntity.State.CANCELLED,
                Instant.now(), "Cancelled by " + by + ". Nothing of this import was kept: the memory is as it was before it.",
                id, java.util.List.of(ImportEntity.State.QUEUED, ImportEntity.State.RUNNING)));
        ImportEntity now = row(id).map(this::shown).orElseThrow(() -> new UnknownImport(id));
        if (changed == 0) {
            throw new ImportFinished(now); // as shown: one still committing here is not DONE yet
        }
        cancelled.add(id);
        return now;
    }

    /** The newest imports first, of one memory or of all. */
    public java.util.List<ImportEntity> recent(Optional<MemoryName> memory, int limit) {
        return QuarkusTransaction.requiringNew().call(() -> memory
                .map(name -> ImportEntity.ROWS.find("memory = ?1 order by createdAt desc, id", name.value()))
                .orElseGet(() -> ImportEntity.ROWS.find("order by createdAt desc, id"))
                .page(0, limit).list()).stream().map(this::shown).toList();
    }

    /** The import as its client may take it: DONE only once its commit has returned. */
    public Optional<ImportEntity> find(String id) {
        return row(id).map(this::shown);
    }

    private static Optional<ImportEntity> row(String id) {
        return QuarkusTransaction.requiringNew().call(() -> ImportEntity.ROWS.findByIdOptional(id));
    }

    /** A row read outside its transaction (detached): changing it here changes only what is shown. */
    private ImportEntity shown(ImportEntity job) {
        if (job.state == ImportEntity.State.DONE && running.contains(job.id)) {
            job.state = ImportEntity.State.RUNNING; // committing: others see its rows before they are in the file
            job.finishedAt = null;
        }
        return job;
    }

    /**
     * Runs one import. A failure is recorded in the import (and logged if it is the server's); it is
     * thrown too if a client waits for the outcome, while a background import's client follows the record.
     */
    private void run(String id, MemoryName name, Path file, String fileName, LongConsumer progress,
            boolean clientWaits) {
        TranslationMemory memory = indexes.getOrCreate(name);
        ImportSink sink = new ImportSink(units, name, memory);
        long[] generation = new long[1];
        ImportReport[] report = new ImportReport[1];
        indexes.importStarted(name);
        running.add(id);
        long[] committing = new long[1];
        try (InputStream in = Files.newInputStream(file)) {
            QuarkusTransaction.requiringNew().timeout(MAX_TRANSACTION_SECONDS).run(() -> {
                // checked again in the import's transaction: a memory made read-only while it waited keeps nothing
                catalog.checkWritable(name);
                ImportReport result = new TmxImport(name.pair(), sink).withOrigin(fileName)
                        .withProgress(progress).run(in);
                sink.flush();
                generation[0] = units.bumpGeneration(name);
                finish(id, result); // last: a cancel before it rolls all of this back, one after it is refused
                report[0] = result;
                committing[0] = System.nanoTime();
            });
            running.remove(id);
            LOG.infof("TMX import %s into %s done: %,d added, %,d merged; its commit took %,d ms", id, name,
                    report[0].added(), report[0].merged(), (System.nanoTime() - committing[0]) / 1_000_000);
            indexes.imported(name, generation[0]);
            counted("done", report[0]);
        } catch (Stopped e) {
            sink.undoIndex();
            counted("failed", null);
            fail(id, "The application stopped during the import; nothing of it was kept. Upload the file again.");
            LOG.infof("TMX import %s into %s stopped by the application's stop; rolled back", id, name);
            if (clientWaits) {
                throw e;
            }
        } catch (Cancelled e) {
            sink.undoIndex();
            counted("cancelled", null);
            LOG.infof("TMX import %s into %s cancelled; rolled back", id, name);
        } catch (TmxException | DocumentLimitExceeded | MemoryReadOnly e) {
            sink.undoIndex();
            counted("refused", null);
            fail(id, e.getMessage());
            if (clientWaits) {
                throw e;
            }
        } catch (IOException | RuntimeException e) {
            sink.undoIndex();
            LOG.errorf(e, "TMX import %s into %s failed", id, name);
            counted("failed", null);
            fail(id, "The import failed because of a server error; nothing of it was kept.");
            if (clientWaits) {
                throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
            }
        } finally {
            running.remove(id);
            cancelled.remove(id);
            indexes.importEnded(name);
            deleteQuietly(file);
        }
    }

    /**
     * Refuses an import into a memory that may not be written before anything is recorded, and makes a
     * pair's own memory on first use: the import's record names it (a foreign key).
     */
    private void prepare(MemoryName name) {
        QuarkusTransaction.requiringNew().run(() -> catalog.checkWritable(name));
        indexes.getOrCreate(name);
    }

    private static ImportEntity create(MemoryName name, String fileName, ImportEntity.State state, String startedBy) {
        ImportEntity job = new ImportEntity();
        job.startedBy = startedBy;
        job.id = UUID.randomUUID().toString();
        job.memory = name.value();
        job.fileName = fileName;
        job.state = state;
        job.createdAt = Instant.now();
        job.persist();
        return job;
    }

    /** In the import's transaction: its row locked, so a cancel either came first (and wins) or waits and is refused. */
    private static void finish(String id, ImportReport report) {
        ImportEntity job = ImportEntity.ROWS.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (job.state != ImportEntity.State.RUNNING) {
            throw new Cancelled();
        }
        job.state = ImportEntity.State.DONE;
        if (job.unitsTotal == null) {
            job.unitsTotal = (long) report.processed();
        }
        job.unitsProcessed = report.processed();
        job.added = report.added();
        job.merged = report.merged();
        job.skipped = report.skipped();
        job.rejected = report.rejected();
        job.messages = truncate(Stream.concat(
                Stream.concat(report.mergedInto().stream().map(p -> "merged: " + p),
                        report.skippedReasons().stream().map(p -> "skipped: " + p)),
                report.rejectedReasons().stream().map(p -> "rejected: " + p)).collect(Collectors.joining("\n")));
        job.finishedAt = Instant.now();
    }

    /**
     * Counts an import by outcome ({@code done}, {@code refused}: a bad file or a read-only memory,
     * {@code failed}: a server error, {@code cancelled}) and the units a done import added or merged.
     */
    private void counted(String outcome, ImportReport report) {
        meters.counter("tarjoman.tmx.imports", "outcome", outcome).increment();
        if (report != null) {
            meters.counter("tarjoman.tmx.imported.units").increment(report.added() + report.merged());
        }
    }

    private void stopIfCancelled(String id) {
        if (stopping) {
            throw new Stopped();
        }
        if (cancelled.contains(id)) {
            throw new Cancelled();
        }
    }

    /** The file's {@code <tu>} count, or null if it cannot be read to its end (the import says why). */
    private static Long count(Path file) {
        try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            OptionalLong total = TmxUnitCount.of(in);
            return total.isPresent() ? total.getAsLong() : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static void fail(String id, String message) {
        QuarkusTransaction.requiringNew().run(() -> {
            ImportEntity job = ImportEntity.ROWS.findById(id);
            if (job.state == ImportEntity.State.CANCELLED) {
                return; // it failed while it stopped: the cancel's record stands, and nothing was kept either way
            }
            job.state = ImportEntity.State.FAILED;
            job.added = job.merged = job.skipped = job.rejected = 0;
            job.messages = truncate(message);
            job.finishedAt = Instant.now();
        });
    }

    private static LongConsumer every(int step, LongConsumer progress) {
        return processed -> {
            if (processed % step == 0) {
                progress.accept(processed);
            }
        };
    }

    /** Thrown inside an import's transaction to roll it back when it was cancelled. */
    private static final class Cancelled extends RuntimeException {
        Cancelled() {
            super("cancelled", null, false, false);
        }
    }

    /** Thrown inside an import's transaction to roll it back when the application stops. */
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super("the application is stopping", null, false, false);
        }
    }

    private static String truncate(String text) {
        return text == null || text.length() <= 19_000 ? text : text.substring(0, 19_000) + "\n…";
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warnf("Could not delete the spooled import %s", file);
        }
    }
}
