package org.tarjoman.api.job;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.IntFunction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.micrometer.core.annotation.Timed;

import org.tarjoman.api.job.JobViews.HistoryView;
import org.tarjoman.api.job.JobViews.SegmentPage;
import org.tarjoman.api.job.JobViews.SegmentUpdate;
import org.tarjoman.api.job.JobViews.SegmentView;
import org.tarjoman.api.memory.CodesColumn;
import org.tarjoman.api.memory.MemoryService;
import org.tarjoman.api.memory.MemoryViews.MatchView;
import org.tarjoman.api.problem.ApiException;
import org.tarjoman.api.problem.ProblemKind;
import org.tarjoman.core.document.InlineCode;
import org.tarjoman.core.document.InvalidTaggedTextException;
import org.tarjoman.core.document.TaggedText;
import org.tarjoman.memory.LanguagePair;
import org.tarjoman.memory.MatchQuery;
import org.tarjoman.memory.TranslationUnit;
import org.tarjoman.memory.tmx.TmxUnit;

/**
 * Translators and reviewers at work on one task: listing segments with their translations, saving
 * with optimistic locking and validated status moves, and the history of every save. A translated
 * or reviewed save goes to the memory in the same transaction and fills the job's repetitions.
 */
@ApplicationScoped
public class SegmentEditing {

    private final MemoryService memories;
    private final TaskLifecycle lifecycle;

    SegmentEditing(MemoryService memories, TaskLifecycle lifecycle) {
        this.memories = memories;
        this.lifecycle = lifecycle;
    }

    /** The task's segments in article order, optionally of one status, with live memory matches if asked. */
    @Transactional
    public SegmentPage list(long jobId, String language, String status, int page, int size, boolean withMatches) {
        TaskEntity task = task(jobId, language);
        List<SegmentEntity> segments = SegmentEntity.list("jobId = ?1 order by ordinal", jobId);
        Map<Long, TranslationEntity> translations = new HashMap<>();
        TranslationEntity.<TranslationEntity>stream("taskId", task.id).forEach(t -> translations.put(t.segmentId, t));
        TranslationStatus only = status == null || status.isBlank() ? null
                : JobQueries.parse(TranslationStatus.class, status, "status");
        List<SegmentEntity> selected = segments.stream()
                .filter(s -> only == null || translations.get(s.id).status == only).toList();
        int from = Math.min(selected.size(), page * size);
        List<SegmentEntity> pageOf = selected.subList(from, Math.min(selected.size(), from + size));
        List<List<MatchView>> matches = withMatches ? matches(jobId, language, segments, pageOf) : null;
        List<SegmentView> views = new ArrayList<>(pageOf.size());
        for (int i = 0; i < pageOf.size(); i++) {
            SegmentEntity segment = pageOf.get(i);
            views.add(view(segment, translations.get(segment.id), matches == null ? null : matches.get(i)));
        }
        return new SegmentPage(views, page, size, selected.size());
    }

    @Transactional
    @Timed(value = "tarjoman.segment.save", description = "Time to save one segment's translation")
    public SegmentView save(long jobId, String language, long segmentId, SegmentUpdate update, String user, Role role) {
        JobEntity job = lockedJob(jobId);
        TaskEntity task = task(jobId, language);
        SegmentEntity segment = segment(jobId, segmentId);
        TranslationEntity translation = TranslationEntity.find("taskId = ?1 and segmentId = ?2", task.id, segmentId)
                .firstResult();
        if (update.version() != translation.version) {
            throw new ApiException(ProblemKind.EDIT_CONFLICT, "Segment " + segmentId + " was saved by "
                    + (translation.author == null ? "someone else" : translation.author) + " since version "
                    + update.version() + "; it is now at version " + translation.version + ".",
                    Map.of("current", view(segment, translation, null)));
        }
        if (task.closedReason != null) {
            throw new ApiException(ProblemKind.CONFLICT, "The " + language + " task was closed: " + task.closedReason);
        }
        TranslationStatus next = JobQueries.parse(TranslationStatus.class, update.status(), "status");
        Set<TranslationStatus> allowed = role.allowedMoves(translation.status);
        if (!allowed.contains(next)) {
            throw new ApiException(ProblemKind.STATUS_MOVE, "A " + role.name().toLowerCase(Locale.ROOT)
                    + " cannot move a " + translation.status + " segment to " + next + ".",
                    Map.of("from", translation.status.name(), "allowed", allowed.stream().map(Enum::name).toList()));
        }
        String target = update.target() == null || update.target().isBlank() ? null : update.target();
        if (next.confirmed() && target == null) {
            throw new ApiException(ProblemKind.VALIDATION, "A " + next + " segment needs a target.");
        }
        List<InlineCode> targetCodes = target == null ? List.of() : checkCodes(segment, target);

        boolean textChanged = !java.util.Objects.equals(target, translation.target);
        translation.target = target;
        translation.status = next;
        if (textChanged) {
            origin(translation, update, target);
        }
        translation.author = user;
        translation.updatedAt = Instant.now();
        recordSave(job, task, segment, translation, targetCodes, user, repetitionsOf(segment));
        lifecycle.afterSave(job, task);
        return view(segment, translation, null);
    }

    /**
     * A new target is the person's own (HUMAN) unless it is a suggestion taken as is: the client says
     * so for a memory or machine match, and the match offered at pre-translation is recognised here.
     */
    private static void origin(TranslationEntity translation, SegmentUpdate update, String target) {
        Origin claimed = update.origin() == null ? null : JobQueries.parse(Origin.class, update.origin(), "origin");
        if (claimed == Origin.TM || claimed == Origin.MT) {
            translation.origin = claimed;
            translation.score = update.score();
        } else if (target != null && target.equals(translation.offeredTarget)) {
            translation.origin = Origin.TM;
            translation.score = translation.offeredScore;
        } else {
            translation.origin = Origin.HUMAN;
            translation.score = null;
        }
    }

    /**
     * What every save of a translation does once its fields are set, inside the caller's transaction:
     * a history entry, and for a translated or reviewed target a memory unit and the job's
     * repetitions filled. Saves in the editor and XLIFF imports share it; the caller then runs
     * {@link #afterSaves} once.
     *
     * @param repetitions ids of the job's other segments with the same source ({@link #repetitionsOf});
     *                    an import that holds all the job's segments passes them itself
     */
    public void recordSave(JobEntity job, TaskEntity task, SegmentEntity segment, TranslationEntity translation,
                           List<InlineCode> targetCodes, String user, List<Long> repetitions) {
        TranslationEntity.flush();
        recordFlushedSave(job, task, segment, translation, targetCodes, user, repetitions);
    }

    /**
     * {@link #recordSave} for a translation whose change is already flushed (its version is the new
     * one): an import sets many translations and flushes them once.
     */
    public void recordFlushedSave(JobEntity job, TaskEntity task, SegmentEntity segment, TranslationEntity translation,
                                  List<InlineCode> targetCodes, String user, List<Long> repetitions) {
        Map<Integer, SegmentEntity> neighbours = new HashMap<>();
        IntFunction<SegmentEntity> byOrdinal = ordinal -> {
            if (neighbours.isEmpty()) { // both neighbours in one query, and only for a confirmed save
                neighbours.put(Integer.MIN_VALUE, segment);
                SegmentEntity.<SegmentEntity>list("jobId = ?1 and ordinal in ?2", job.id,
                        List.of(segment.ordinal - 1, segment.ordinal + 1)).forEach(n -> neighbours.put(n.ordinal, n));
            }
            return neighbours.get(ordinal);
        };
        recordFlushedSave(job, task, segment, translation, targetCodes, user, repetitions, byOrdinal,
                memories::addInTransaction);
    }

    /**
     * As above, for a caller that holds the job's segments ({@code byOrdinal}, for the memory unit's
     * context) and writes the memory units itself, in one batch ({@code memory}).
     */
    public void recordFlushedSave(JobEntity job, TaskEntity task, SegmentEntity segment, TranslationEntity translation,
                                  List<InlineCode> targetCodes, String user, List<Long> repetitions,
                                  IntFunction<SegmentEntity> byOrdinal, Consumer<TmxUnit> memory) {
        TranslationHistoryEntity.of(translation).persist();
        if (translation.status.confirmed()) {
            memory.accept(memoryUnit(job, task, segment, translation, targetCodes, user,
                    byOrdinal.apply(segment.ordinal - 1), byOrdinal.apply(segment.ordinal + 1)));
            fillRepetitions(task, repetitions, translation, user);
        }
    }

    /** The ids of the job's other segments with the same source as this one. */
    public static List<Long> repetitionsOf(SegmentEntity segment) {
        long first = segment.repeatsId == null ? segment.id : segment.repeatsId;
        return SegmentEntity.<SegmentEntity>list("jobId = ?1 and (id = ?2 or repeatsId = ?2) and id <> ?3", segment.jobId,
                first, segment.id).stream().map(s -> s.id).toList();
    }

    /** Moves the task and job along after one or more saves (see {@link TaskLifecycle}). */
    public void afterSaves(JobEntity job, TaskEntity task) {
        lifecycle.afterSave(job, task);
    }

    @Transactional
    public List<HistoryView> history(long jobId, String language, long segmentId) {
        TaskEntity task = task(jobId, language);
        segment(jobId, segmentId);
        TranslationEntity translation = TranslationEntity.find("taskId = ?1 and segmentId = ?2", task.id, segmentId)
                .firstResult();
        return TranslationHistoryEntity.<TranslationHistoryEntity>list("translationId = ?1 order by id", translation.id)
                .stream()
                .map(h -> new HistoryView(h.version, h.target, h.status.name(), h.origin == null ? null : h.origin.name(),
                        h.score, h.author, h.changedAt))
                .toList();
    }

    /** The memory unit of a confirmed translation, with its neighbours' sources as context. */
    private static TmxUnit memoryUnit(JobEntity job, TaskEntity task, SegmentEntity segment, TranslationEntity translation,
                                      List<InlineCode> targetCodes, String user, SegmentEntity before, SegmentEntity after) {
        Instant now = MemoryService.unitTime();
        TranslationUnit unit = new TranslationUnit(0, new LanguagePair(job.sourceLanguage, task.language), segment.source,
                translation.target, before == null ? null : before.source, after == null ? null : after.source,
                "job:" + job.id, user, now, now, 0);
        return new TmxUnit(unit, CodesColumn.read(segment.codes), targetCodes);
    }

    /** A confirmed segment fills the job's other occurrences of the same source that nobody confirmed yet. */
    private static void fillRepetitions(TaskEntity task, List<Long> repetitions, TranslationEntity confirmed, String user) {
        if (repetitions.isEmpty()) {
            return;
        }
        for (TranslationEntity other : TranslationEntity.<TranslationEntity>list("taskId = ?1 and segmentId in ?2",
                task.id, repetitions)) {
            if (!other.status.confirmed()) {
                other.target = confirmed.target;
                other.status = TranslationStatus.TRANSLATED;
                other.origin = Origin.TM;
                other.score = 100;
                other.author = user;
                other.updatedAt = Instant.now();
                TranslationEntity.flush();
                TranslationHistoryEntity.of(other).persist();
            }
        }
    }

    private List<InlineCode> checkCodes(SegmentEntity segment, String target) {
        try {
            return TaggedText.parse(target, CodesColumn.read(segment.codes)).codes();
        } catch (InvalidTaggedTextException e) {
            throw new ApiException(ProblemKind.VALIDATION, "The target of segment " + segment.id
                    + " does not carry the source's inline codes correctly: " + e.getMessage());
        }
    }

    private List<List<MatchView>> matches(long jobId, String language, List<SegmentEntity> all, List<SegmentEntity> page) {
        JobEntity job = job(jobId);
        Map<Long, Integer> position = new HashMap<>();
        for (int i = 0; i < all.size(); i++) {
            position.put(all.get(i).id, i);
        }
        List<MatchQuery> queries = page.stream().map(s -> {
            int i = position.get(s.id);
            return new MatchQuery(s.source, i == 0 ? null : all.get(i - 1).source,
                    i + 1 == all.size() ? null : all.get(i + 1).source, MatchQuery.DEFAULT_THRESHOLD, MatchQuery.DEFAULT_LIMIT);
        }).toList();
        return memories.matchViews(new LanguagePair(job.sourceLanguage, language), queries);
    }

    static SegmentView view(SegmentEntity s, TranslationEntity t, List<MatchView> matches) {
        return new SegmentView(s.id, s.ordinal, s.blockIndex, s.blockType.name().toLowerCase(Locale.ROOT), s.source, s.words,
                t.target, t.status.name(), t.origin == null ? null : t.origin.name(), t.score, t.version, t.author,
                t.updatedAt, t.offeredTarget, t.offeredScore, s.repeatsId, matches);
    }

    public static JobEntity job(long jobId) {
        return JobEntity.<JobEntity>findByIdOptional(jobId)
                .orElseThrow(() -> new ApiException(ProblemKind.NOT_FOUND, "There is no job " + jobId + "."));
    }

    public static TaskEntity task(long jobId, String language) {
        job(jobId);
        TaskEntity task = TaskEntity.find("jobId = ?1 and language = ?2", jobId, language.toLowerCase(Locale.ROOT))
                .firstResult();
        if (task == null) {
            throw new ApiException(ProblemKind.NOT_FOUND, "Job " + jobId + " has no task for language '" + language + "'.");
        }
        return task;
    }

    /**
     * The job, read and locked for the rest of the transaction: saves in one job take turns, so each
     * sees the others' statuses and a task or job reaches DONE (and sends its event) exactly once.
     */
    public static JobEntity lockedJob(long jobId) {
        // Lock with a bare key query first, so the lock does not drag the article's text along.
        List<?> locked = JobEntity.getEntityManager()
                .createNativeQuery("SELECT id FROM job WHERE id = ?1 FOR UPDATE")
                .setParameter(1, jobId).getResultList();
        if (locked.isEmpty()) {
            throw new ApiException(ProblemKind.NOT_FOUND, "There is no job " + jobId + ".");
        }
        return JobEntity.findById(jobId);
    }

    static SegmentEntity segment(long jobId, long segmentId) {
        SegmentEntity segment = SegmentEntity.findById(segmentId);
        if (segment == null || segment.jobId != jobId) {
            throw new ApiException(ProblemKind.NOT_FOUND, "Job " + jobId + " has no segment " + segmentId + ".");
        }
        return segment;
    }
}
