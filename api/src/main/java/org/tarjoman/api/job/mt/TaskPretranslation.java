package org.tarjoman.api.job.mt;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.narayana.jta.QuarkusTransaction;

import org.tarjoman.api.account.AuditAction;
import org.tarjoman.api.account.AuditLog;
import org.tarjoman.api.job.Actor;
import org.tarjoman.api.job.JobEntity;
import org.tarjoman.api.job.MtThreshold;
import org.tarjoman.api.job.QaViews.FindingView;
import org.tarjoman.api.job.SegmentEntity;
import org.tarjoman.api.job.SegmentQa;
import org.tarjoman.api.job.TaskAccess;
import org.tarjoman.api.job.TaskAccessRefused;
import org.tarjoman.api.job.TaskClosed;
import org.tarjoman.api.job.TaskEntity;
import org.tarjoman.api.job.TaskSnapshot;
import org.tarjoman.api.job.TranslationEntity;
import org.tarjoman.api.job.mt.MtViews.FailureView;
import org.tarjoman.api.job.mt.MtViews.ProgressView;
import org.tarjoman.api.job.mt.MtViews.SuggestionView;
import org.tarjoman.api.memory.MemoryService;
import org.tarjoman.api.mt.MachineTranslation;
import org.tarjoman.api.mt.MtOutcome;
import org.tarjoman.api.mt.MtRequest;
import org.tarjoman.memory.MemoryMatch;

/**
 * Machine translation of one task, as people ask for it: pre-translate what the memory cannot (queued,
 * answered at once with the progress), the progress itself, and one segment's suggestion for the editor.
 * Asking costs money, so only those who may save in the task ask ({@link TaskAccess}); anyone who may
 * read the task sees the progress.
 */
@ApplicationScoped
public class TaskPretranslation {

    private final MtQueue queue;
    private final MtGrounding grounding;
    private final MachineTranslation mt;
    private final MemoryService memories;
    private final MtThreshold threshold;
    private final SegmentQa qa;
    private final AuditLog audit;

    TaskPretranslation(MtQueue queue, MtGrounding grounding, MachineTranslation mt, MemoryService memories,
                       MtThreshold threshold, SegmentQa qa, AuditLog audit) {
        this.queue = queue;
        this.grounding = grounding;
        this.mt = mt;
        this.memories = memories;
        this.threshold = threshold;
        this.qa = qa;
        this.audit = audit;
    }

    /**
     * Queues the task's segments that nobody translated (no target, not confirmed) and whose best memory
     * match scores below the threshold; the worker fills them in ({@link Pretranslation}).
     */
    @Transactional
    public ProgressView request(long jobId, String language, Actor actor) {
        TaskSnapshot snapshot = TaskSnapshot.locked(jobId, language);
        TaskEntity task = snapshot.task();
        mayAsk(task, actor);
        if (task.closedReason != null) {
            throw new TaskClosed(task, "; nothing is pre-translated into it.");
        }
        configured(task.language);
        List<SegmentEntity> empty = new ArrayList<>();
        for (SegmentEntity segment : snapshot.segments()) {
            TranslationEntity t = snapshot.translation(segment);
            if (t.target == null && !t.status.confirmed()) {
                empty.add(segment);
            }
        }
        List<List<MemoryMatch>> matches = memories.matchAll(snapshot.memories().reads(),
                snapshot.matchQueries(empty, threshold.score(), 1));
        List<TranslationEntity> below = new ArrayList<>();
        for (int i = 0; i < empty.size(); i++) {
            if (matches.get(i).isEmpty()) {
                below.add(snapshot.translation(empty.get(i)));
            }
        }
        int queued = queue.enqueue(task.id, below);
        audit.record(actor.user(), AuditAction.MT_REQUESTED, "job:" + jobId + "/" + task.language,
                queued + " segments queued for machine translation");
        return progress(task);
    }

    @Transactional
    public ProgressView progress(long jobId, String language) {
        return progress(TaskEntity.require(JobEntity.require(jobId).id, language));
    }

    private ProgressView progress(TaskEntity task) {
        int done = 0;
        int failed = 0;
        int skipped = 0;
        int pending = 0;
        Instant updated = null;
        List<FailureView> failures = new ArrayList<>();
        List<MtItemEntity> items = MtQueue.of(task.id);
        for (MtItemEntity item : items) {
            switch (item.state) {
                case DONE -> done++;
                case SKIPPED -> skipped++;
                case PENDING -> pending++;
                case FAILED -> {
                    failed++;
                    failures.add(new FailureView(item.segmentId, item.engine, item.reason));
                }
            }
            updated = updated == null || item.updatedAt.isAfter(updated) ? item.updatedAt : updated;
        }
        String state = items.isEmpty() ? "NONE" : pending > 0 ? "RUNNING" : "DONE";
        return new ProgressView(state, mt.configured(task.language), items.size(), done, failed, skipped, pending,
                failures, updated);
    }

    /**
     * One segment's machine translation with the findings it would have if saved; nothing is saved. The
     * engines are called outside any transaction.
     */
    public SuggestionView suggest(long jobId, String language, long segmentId, Actor actor) {
        record Asked(long jobId, SegmentEntity segment, String language, MtRequest request) {
        }
        Asked asked = QuarkusTransaction.joiningExisting().call(() -> {
            TaskSnapshot snapshot = TaskSnapshot.of(jobId, language);
            mayAsk(snapshot.task(), actor);
            configured(snapshot.task().language);
            SegmentEntity segment = snapshot.segment(segmentId);
            return new Asked(jobId, segment, snapshot.task().language,
                    grounding.requests(snapshot, List.of(segment)).get(0));
        });
        MtOutcome outcome = mt.translate(List.of(asked.request()), asked.jobId()).get(0);
        if (outcome instanceof MtOutcome.Failed failed) {
            throw new MtUnavailable(MtUnavailable.Reason.ENGINE_FAILED, failed.engine(),
                    "Machine translation failed: " + failed.reason());
        }
        MtOutcome.Translated translated = (MtOutcome.Translated) outcome;
        List<FindingView> findings = QuarkusTransaction.joiningExisting().call(() -> FindingView.of(segmentId,
                qa.check(asked.segment(), translated.target(), asked.language())));
        return new SuggestionView(translated.target(), translated.engine(), translated.model(), findings);
    }

    private static void mayAsk(TaskEntity task, Actor actor) {
        String readOnly = TaskAccess.readOnly(task, actor);
        if (readOnly != null) {
            throw new TaskAccessRefused(readOnly + " Machine translation is asked for by those who may save in the task.");
        }
    }

    private void configured(String language) {
        if (!mt.configured(language)) {
            throw new MtUnavailable(MtUnavailable.Reason.NOT_CONFIGURED, null, "No machine translation engine is "
                    + "configured for '" + language + "' (tarjoman.mt.engines." + language + ").");
        }
    }
}
