package org.tarjoman.api.job.mt;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.interceptor.Interceptor;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.context.api.ManagedExecutorConfig;
import io.vertx.core.Vertx;

import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.context.ThreadContext;
import org.jboss.logging.Logger;
import org.tarjoman.api.job.SegmentEntity;
import org.tarjoman.api.job.TaskEntity;
import org.tarjoman.api.job.TaskSnapshot;
import org.tarjoman.api.mt.MachineTranslation;
import org.tarjoman.api.mt.MtOutcome;
import org.tarjoman.api.mt.MtRequest;
import org.tarjoman.api.platform.Poller;

/**
 * Pre-translates the queued segments in the background: every {@code poll-interval}, and as soon as a
 * transaction that queued some commits, this node claims batches ({@link MtQueue}) while it has a free
 * call (at most {@code tarjoman.pretranslation.calls} at once) and works on each in three steps:
 * <ol>
 *   <li>a short read transaction grounds the batch's requests ({@link MtGrounding}), leaving out the
 *       segments a person saved since they were queued;</li>
 *   <li>the engines are called outside any transaction, so no database connection or lock waits on them;</li>
 *   <li>a write transaction takes the job's lock and writes the drafts ({@link MtDrafts}).</li>
 * </ol>
 * Job creation only queues: it never waits for an engine.
 */
@ApplicationScoped
public class Pretranslation {

    private static final Logger LOG = Logger.getLogger(Pretranslation.class);

    private final MtQueue queue;
    private final MtGrounding grounding;
    private final MtDrafts drafts;
    private final MachineTranslation mt;
    private final MtSettings settings;
    private final Poller poller;
    private final ManagedExecutor callers;
    private final Semaphore freeCalls;
    private final AtomicInteger running = new AtomicInteger();
    private volatile boolean stopping;
    private final AtomicInteger mostRunning = new AtomicInteger();

    // Polls and calls outlive whatever started them: they carry none of its context (request, transaction).
    Pretranslation(MtQueue queue, MtGrounding grounding, MtDrafts drafts, MachineTranslation mt, MtSettings settings,
                   Vertx vertx,
                   @ManagedExecutorConfig(maxAsync = 1, maxQueued = 1, propagated = {}, cleared = ThreadContext.ALL_REMAINING)
                   ManagedExecutor poller) {
        this.queue = queue;
        this.grounding = grounding;
        this.drafts = drafts;
        this.mt = mt;
        this.settings = settings;
        this.poller = new Poller(vertx, poller, this::pollLogged);
        this.freeCalls = new Semaphore(settings.calls());
        this.callers = ManagedExecutor.builder().maxAsync(settings.calls()).propagated()
                .cleared(ThreadContext.ALL_REMAINING).build();
    }

    void onStart(@Observes StartupEvent event) {
        poller.start(settings.pollInterval());
    }

    void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) MtQueue.Queued event) {
        poller.pollSoon();
    }

    /**
     * Stops claiming, and lets the calls running end without interrupting their threads, which also
     * read and write the database (a thread interrupted inside H2 closes its file under every
     * transaction, see {@code OutsideCalls}): {@code MtEngines}, stopping after this, cuts the engines'
     * HTTP calls short, and a batch whose answers come back at the stop is released, not applied.
     */
    void onStop(@Observes @Priority(Interceptor.Priority.APPLICATION + 100) ShutdownEvent event) {
        stopping = true;
        poller.stop();
        callers.shutdown();
    }

    /** The most engine calls this node had running at once since it started (the benchmark reports it). */
    public int mostConcurrentCalls() {
        return mostRunning.get();
    }

    private void pollLogged() {
        try {
            poll();
        } catch (RuntimeException e) {
            LOG.warnf("Looking for segments to pre-translate failed (%s); retrying at the next interval", e.toString());
            LOG.debug("Pre-translation poll failure", e);
        }
    }

    /** Claims batches while a call is free, and hands each to a caller. */
    void poll() {
        while (freeCalls.tryAcquire()) {
            MtQueue.Batch batch;
            try {
                batch = queue.claim(Instant.now(), settings.lease(), settings.batchSize()).orElse(null);
            } catch (RuntimeException e) {
                freeCalls.release();
                throw e;
            }
            if (batch == null) {
                freeCalls.release();
                return;
            }
            try {
                callers.execute(() -> work(batch));
            } catch (RejectedExecutionException stopping) {
                freeCalls.release();
                queue.release(batch);
                return;
            }
        }
    }

    private void work(MtQueue.Batch batch) {
        int now = running.incrementAndGet();
        mostRunning.accumulateAndGet(now, Math::max);
        try {
            translate(batch);
        } catch (RuntimeException e) {
            // the batch keeps its lease and is claimed again when it runs out
            LOG.warnf("Pre-translating a batch of task %d failed (%s); it is retried after its lease", batch.taskId(),
                    e.toString());
            LOG.debug("Pre-translation failure", e);
        } finally {
            running.decrementAndGet();
            freeCalls.release();
            poller.pollSoon();
        }
    }

    private void translate(MtQueue.Batch batch) {
        Grounded grounded = QuarkusTransaction.requiringNew().call(() -> ground(batch));
        List<MtOutcome> answers = grounded.requests().isEmpty() ? List.of() : call(grounded);
        if (stopping) {
            // answers cut short by the stop are failures, not the engine's: the batch goes to the next claim
            queue.release(batch);
            return;
        }
        List<MtOutcome> outcomes = new ArrayList<>(Collections.nCopies(batch.items().size(), null));
        for (int i = 0; i < grounded.sent().size(); i++) {
            outcomes.set(grounded.sent().get(i), answers.get(i));
        }
        QuarkusTransaction.requiringNew().run(() ->
                drafts.apply(TaskSnapshot.locked(grounded.jobId(), grounded.language()), batch, outcomes));
    }

    /** The requests of a batch, and which of its items they are (a segment saved meanwhile is not sent). */
    private record Grounded(long jobId, String language, List<Integer> sent, List<MtRequest> requests) {
    }

    private Grounded ground(MtQueue.Batch batch) {
        TaskEntity task = TaskEntity.ROWS.findById(batch.taskId());
        TaskSnapshot snapshot = TaskSnapshot.of(task.jobId, task.language);
        List<Integer> sent = new ArrayList<>();
        List<SegmentEntity> segments = new ArrayList<>();
        for (int i = 0; i < batch.items().size(); i++) {
            MtQueue.Item item = batch.items().get(i);
            SegmentEntity segment = snapshot.segment(item.segmentId());
            if (MtDrafts.untouched(snapshot.translation(segment), item)) {
                sent.add(i);
                segments.add(segment);
            }
        }
        return new Grounded(task.jobId, task.language, sent, grounding.requests(snapshot, segments));
    }

    /** The engines' answers, one per request; an engine that throws despite its contract fails them all. */
    private List<MtOutcome> call(Grounded grounded) {
        try {
            List<MtOutcome> answers = mt.translate(grounded.requests(), grounded.jobId());
            if (answers.size() == grounded.requests().size()) {
                return answers;
            }
            return Collections.nCopies(grounded.requests().size(),
                    new MtOutcome.Failed("unknown", "The engines answered " + answers.size() + " translations for "
                            + grounded.requests().size() + " segments."));
        } catch (RuntimeException e) {
            LOG.warnf("Machine translation failed for job %d: %s", grounded.jobId(), e.toString());
            return Collections.nCopies(grounded.requests().size(), new MtOutcome.Failed("unknown",
                    "Machine translation failed unexpectedly."));
        }
    }
}
