package org.tarjoman.api.job;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.hibernate.jpa.HibernateHints;
import org.tarjoman.memory.LanguagePair;
import org.tarjoman.memory.MatchQuery;

/**
 * One task as a request works on it, read once: its job, the job's segments in article order and the
 * task's translation of each. Segments are read-only (they never change after the job is created), so
 * a flush dirty-checks only translations; neighbours, repetitions and the task's status come from
 * here instead of another query each.
 */
public final class TaskSnapshot {

    private final JobEntity job;
    private final TaskEntity task;
    private final List<SegmentEntity> segments;
    private final Map<Long, Integer> positions;
    private final Map<Long, TranslationEntity> translations;

    private TaskSnapshot(JobEntity job, TaskEntity task, List<SegmentEntity> segments,
                         Map<Long, TranslationEntity> translations) {
        this.job = job;
        this.task = task;
        this.segments = segments;
        this.translations = translations;
        this.positions = new HashMap<>(segments.size() * 2);
        for (int i = 0; i < segments.size(); i++) {
            positions.put(segments.get(i).id, i);
        }
    }

    /** The task to read. */
    public static TaskSnapshot of(long jobId, String language) {
        return load(JobEntity.require(jobId), language);
    }

    /** The task to change: its job row is locked first, so saves in one job take turns ({@link JobEntity#lock}). */
    public static TaskSnapshot locked(long jobId, String language) {
        return load(JobEntity.lock(jobId), language);
    }

    private static TaskSnapshot load(JobEntity job, String language) {
        TaskEntity task = TaskEntity.require(job.id, language);
        List<SegmentEntity> segments = SegmentEntity.ROWS.find("jobId = ?1 order by ordinal", job.id)
                .withHint(HibernateHints.HINT_READ_ONLY, true).list();
        Map<Long, TranslationEntity> translations = new HashMap<>(segments.size() * 2);
        TranslationEntity.ROWS.stream("taskId", task.id).forEach(t -> translations.put(t.segmentId, t));
        return new TaskSnapshot(job, task, segments, translations);
    }

    public JobEntity job() {
        return job;
    }

    public TaskEntity task() {
        return task;
    }

    public LanguagePair pair() {
        return new LanguagePair(job.sourceLanguage, task.language);
    }

    /** The memories the task reads and the one it writes to. */
    public MemorySetup memories() {
        return TaskMemories.setup(job, task);
    }

    /** The segments in article order. */
    public List<SegmentEntity> segments() {
        return segments;
    }

    /** A segment of this job, by id. */
    public SegmentEntity segment(long segmentId) {
        Integer position = positions.get(segmentId);
        if (position == null) {
            throw JobNotFound.segment(job.id, segmentId);
        }
        return segments.get(position);
    }

    /** A segment's translation in this task. */
    public TranslationEntity translation(SegmentEntity segment) {
        return translations.get(segment.id);
    }

    /** The segment before this one in the article, or null for the first. */
    public SegmentEntity before(SegmentEntity segment) {
        int position = positions.get(segment.id);
        return position == 0 ? null : segments.get(position - 1);
    }

    /** The segment after this one in the article, or null for the last. */
    public SegmentEntity after(SegmentEntity segment) {
        int position = positions.get(segment.id);
        return position + 1 == segments.size() ? null : segments.get(position + 1);
    }

    /** The job's other segments with the same source as this one. */
    public List<SegmentEntity> repetitionsOf(SegmentEntity segment) {
        long first = segment.repeatsId == null ? segment.id : segment.repeatsId;
        List<SegmentEntity> repetitions = new ArrayList<>();
        for (SegmentEntity other : segments) {
            if (other.id != segment.id && (other.id == first || other.repeatsId != null && other.repeatsId == first)) {
                repetitions.add(other);
            }
        }
        return repetitions;
    }

    /** The memory look-ups of these segments, with their neighbours' sources as context. */
    public List<MatchQuery> matchQueries(List<SegmentEntity> which, int threshold, int limit) {
        List<MatchQuery> queries = new ArrayList<>(which.size());
        for (SegmentEntity segment : which) {
            SegmentEntity before = before(segment);
            SegmentEntity after = after(segment);
            queries.add(new MatchQuery(segment.source, before == null ? null : before.source,
                    after == null ? null : after.source, threshold, limit));
        }
        return queries;
    }

    /** What the task's translations say its status is (a closed task stays DONE whatever they say). */
    TaskStatus statusFromTranslations() {
        return TaskStatus.fromTranslations(translations.values().stream().map(t -> t.status).toList());
    }
}
