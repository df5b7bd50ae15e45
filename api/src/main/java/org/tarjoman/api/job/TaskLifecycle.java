package org.tarjoman.api.job;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Moves a task (and its job) along with its translations, inside the transaction of the save that
 * changed them: in translation from the first save, in review once every segment is translated,
 * done when every segment is reviewed; a job is done when all its tasks are. Reaching done queues
 * the webhook events.
 */
@ApplicationScoped
public class TaskLifecycle {

    private final JobEvents events;

    TaskLifecycle(JobEvents events) {
        this.events = events;
    }

    void afterSave(JobEntity job, TaskEntity task) {
        TaskStatus before = task.status;
        if (task.closedReason == null) {
            task.status = statusFromTranslations(task);
        }
        if (task.status != before) {
            task.updatedAt = Instant.now();
            if (task.status == TaskStatus.DONE) {
                events.taskDone(job, task);
            }
            updateJob(job);
        } else if (job.status == JobStatus.OPEN) {
            updateJob(job);
        }
    }

    /** A manager closes a task whatever its segments say. */
    void close(JobEntity job, TaskEntity task, String reason) {
        boolean wasDone = task.status == TaskStatus.DONE;
        task.closedReason = reason;
        task.status = TaskStatus.DONE;
        task.updatedAt = Instant.now();
        if (!wasDone) {
            events.taskDone(job, task);
        }
        updateJob(job);
    }

    private static TaskStatus statusFromTranslations(TaskEntity task) {
        Map<TranslationStatus, Long> counts = new EnumMap<>(TranslationStatus.class);
        TranslationEntity.getEntityManager()
                .createQuery("select t.status, count(t) from TranslationEntity t where t.taskId = ?1 group by t.status",
                        Object[].class)
                .setParameter(1, task.id).getResultList()
                .forEach(row -> counts.put((TranslationStatus) row[0], (Long) row[1]));
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        long reviewed = counts.getOrDefault(TranslationStatus.REVIEWED, 0L);
        long confirmed = reviewed + counts.getOrDefault(TranslationStatus.TRANSLATED, 0L);
        if (total > 0 && reviewed == total) {
            return TaskStatus.DONE;
        }
        if (total > 0 && confirmed == total) {
            return TaskStatus.IN_REVIEW;
        }
        return TaskStatus.IN_TRANSLATION;
    }

    private void updateJob(JobEntity job) {
        JobStatus before = job.status;
        long open = TaskEntity.count("jobId = ?1 and status <> ?2", job.id, TaskStatus.DONE);
        job.status = open == 0 ? JobStatus.DONE : JobStatus.IN_PROGRESS;
        if (job.status != before) {
            job.updatedAt = Instant.now();
            if (job.status == JobStatus.DONE) {
                events.jobDone(job);
            }
        }
    }
}
