package org.tarjoman.api.job;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.transaction.Transactional;

import org.tarjoman.api.memory.MemoryService;
import org.tarjoman.memory.TranslationUnit;
import org.tarjoman.memory.tmx.TmxUnit;

/**
 * The one write path of translations. The editor's save and the XLIFF import check their changes
 * with {@link SaveRules} and then come here, in the transaction that locked the job:
 * <ol>
 *   <li>every changed translation takes its new target, status, origin, author and time, and all are
 *       flushed once, so each has its new version;</li>
 *   <li>each gets a history entry; a translated or reviewed one becomes a memory unit (its neighbours'
 *       sources as context, all units written in one batch into the memory the task writes to) and fills the job's repetitions that
 *       nobody confirmed yet;</li>
 *   <li>the task and job move along ({@link TaskLifecycle}), which may publish {@link TaskDone} and
 *       {@link JobDone};</li>
 *   <li>the saved targets' QA findings ({@link SegmentQa}) are offered to the caller
 *       ({@link SavedTranslations}), computed when asked for.</li>
 * </ol>
 */
@ApplicationScoped
public class TranslationSaves {

    /** The score of a repetition filled from a confirmed occurrence of the same source. */
    static final int REPETITION_SCORE = 100;

    private final MemoryService memories;
    private final TaskLifecycle lifecycle;
    private final SegmentQa qa;

    TranslationSaves(MemoryService memories, TaskLifecycle lifecycle, SegmentQa qa) {
        this.memories = memories;
        this.lifecycle = lifecycle;
        this.qa = qa;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public SavedTranslations apply(TaskSnapshot snapshot, List<TranslationChange> changes, String author) {
        if (changes.isEmpty()) {
            return SavedTranslations.NONE;
        }
        Instant now = Instant.now();
        for (TranslationChange change : changes) {
            TranslationEntity t = snapshot.translation(change.segment());
            t.target = change.target();
            t.status = change.status();
            t.origin = change.origin();
            t.score = change.score();
            t.author = author;
            t.updatedAt = now;
            if (change.origin() != Origin.MT) {
                t.mtEngine = null;
                t.mtModel = null;
            }
        }
        TranslationEntity.ROWS.flush();
        // Nothing below reads what it writes, so Hibernate need not flush before each query: on a task of
        // thousands of segments those flushes would cost more than the saves themselves.
        EntityManager entities = TranslationEntity.ROWS.entities();
        entities.setFlushMode(FlushModeType.COMMIT);
        try {
            List<TmxUnit> units = new ArrayList<>();
            List<TranslationEntity> filled = new ArrayList<>();
            for (TranslationChange change : changes) {
                TranslationEntity t = snapshot.translation(change.segment());
                TranslationHistoryEntity.of(t, snapshot.task().round).persist();
                if (t.status.confirmed()) {
                    units.add(memoryUnit(snapshot, change, t, author));
                    filled.addAll(fillRepetitions(snapshot, change.segment(), t, author, now));
                }
            }
            if (!filled.isEmpty()) {
                TranslationEntity.ROWS.flush();
                filled.forEach(t -> TranslationHistoryEntity.of(t, snapshot.task().round).persist());
            }
            memories.addAllInTransaction(snapshot.memories().writeMemory(), units);
        } finally {
            entities.setFlushMode(FlushModeType.AUTO);
        }
        TranslationEntity.ROWS.flush();
        lifecycle.afterSaves(snapshot);
        return new SavedTranslations(List.copyOf(changes), snapshot.task().language, qa);
    }

    /**
     * Machine translation's drafts, each written only where the caller found the translation as it was when
     * MT was requested (same version, no target, not confirmed) in this transaction, under the job's lock, so
     * a person's save in between always wins. A draft gets a history entry, but is not confirmed: it goes to
     * no memory and fills no repetition, and the task's status stays as people moved it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void applyPretranslation(TaskSnapshot snapshot, List<MachineDraft> drafts) {
        if (drafts.isEmpty()) {
            return;
        }
        Instant now = Instant.now();
        for (MachineDraft draft : drafts) {
            TranslationEntity t = snapshot.translation(draft.segment());
            t.target = draft.target();
            t.status = TranslationStatus.DRAFT;
            t.origin = Origin.MT;
            t.score = null;
            t.mtEngine = draft.engine();
            t.mtModel = draft.model();
            t.author = MachineDraft.AUTHOR;
            t.updatedAt = now;
        }
        TranslationEntity.ROWS.flush();
        for (MachineDraft draft : drafts) {
            TranslationHistoryEntity.of(snapshot.translation(draft.segment()), snapshot.task().round).persist();
        }
        TranslationEntity.ROWS.flush();
    }

    /** The memory unit of a confirmed translation, with its neighbours' sources as context. */
    private static TmxUnit memoryUnit(TaskSnapshot snapshot, TranslationChange change, TranslationEntity t, String author) {
        SegmentEntity segment = change.segment();
        SegmentEntity before = snapshot.before(segment);
        SegmentEntity after = snapshot.after(segment);
        Instant now = MemoryService.unitTime();
        TranslationUnit unit = new TranslationUnit(0, snapshot.pair(), segment.source, t.target,
                before == null ? null : before.source, after == null ? null : after.source,
                "job:" + snapshot.job().id, author, now, now, 1);
        return new TmxUnit(unit, segment.codes, change.targetCodes());
    }

    /** A confirmed segment fills the job's other occurrences of the same source that nobody confirmed yet. */
    private static List<TranslationEntity> fillRepetitions(TaskSnapshot snapshot, SegmentEntity segment,
                                                           TranslationEntity confirmed, String author, Instant now) {
        List<TranslationEntity> filled = new ArrayList<>();
        for (SegmentEntity repetition : snapshot.repetitionsOf(segment)) {
            TranslationEntity other = snapshot.translation(repetition);
            if (!other.status.confirmed()) {
                other.target = confirmed.target;
                other.status = TranslationStatus.TRANSLATED;
                other.origin = Origin.TM;
                other.score = REPETITION_SCORE;
                other.author = author;
                other.updatedAt = now;
                filled.add(other);
            }
        }
        return filled;
    }
}
