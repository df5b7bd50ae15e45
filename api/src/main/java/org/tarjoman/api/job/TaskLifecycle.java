package org.tarjoman.api.job;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;

/**
 * Moves a task (and its job) along with its translations, inside the transaction of the save that
 * changed them: in translation from the first save, in review once every segment is translated,
 * done when every segment is reviewed ({@link TaskStatus#fromTranslations}) and its QA report has no
 * errors; a job is done when all its tasks are. Reaching done publishes {@link TaskDone} / {@link JobDone}
 * in that transaction, other moves {@link TaskMoved} (for the notifications); a reopened task
 * ({@link TaskReopening}) starts its next round where its segments say. A reviewed task with QA errors stays in review until they are fixed or overridden
 * ({@link TaskCompletion}); the check runs only on arrival, so later saves in a done task do not take an
 * override back.
 */
@ApplicationScoped
public class TaskLifecycle {

    private final Event<TaskDone> taskDone;
    private final Event<JobDone> jobDone;
    private final Event<TaskMoved> taskMoved;
    private final TaskQa qa;

    TaskLifecycle(Event<TaskDone> taskDone, Event<JobDone> jobDone, Event<TaskMoved> taskMoved, TaskQa qa) {
        this.taskDone = taskDone;
        this.jobDone = jobDone;
        this.taskMoved = taskMoved;
        this.qa = qa;
    }

    void afterSaves(TaskSnapshot snapshot) {
        JobEntity job = snapshot.job();
        TaskEntity task = snapshot.task();
        TaskStatus before = task.status;
        if (task.closedReason == null) {
            TaskStatus next = snapshot.statusFromTranslations();
            boolean arrives = next == TaskStatus.DONE && before != TaskStatus.DONE;
            task.status = arrives && qa.errors(snapshot) > 0 ? TaskStatus.IN_REVIEW : next;
        }
        if (task.status != before) {
            task.updatedAt = Instant.now();
            if (task.status == TaskStatus.DONE) {
                publishTaskDone(job, task);
            } else {
                taskMoved.fire(new TaskMoved(job.id, job.title, task.language, task.translator, task.reviewer, before,
                        task.status));
            }
            updateJob(job);
        } else if (job.status == JobStatus.OPEN) {
            updateJob(job);
        }
    }

    /** Every segment is reviewed and the QA errors, if any, were overridden ({@link TaskCompletion}). */
    void complete(JobEntity job, TaskEntity task) {
        task.status = TaskStatus.DONE;
        task.updatedAt = Instant.now();
        publishTaskDone(job, task);
        updateJob(job);
    }

    /** A manager closes a task whatever its segments say. */
    void close(JobEntity job, TaskEntity task, String reason) {
        boolean wasDone = task.status == TaskStatus.DONE;
        task.closedReason = reason;
        task.status = TaskStatus.DONE;
        task.updatedAt = Instant.now();
        if (!wasDone) {
            publishTaskDone(job, task);
        }
        updateJob(job);
    }

    /** A delivered task back at work for a correction ({@link TaskReopening}); its job is no longer done. */
    void reopen(JobEntity job, TaskEntity task, TaskStatus status) {
        task.closedReason = null;
        task.status = status;
        task.round++;
        task.updatedAt = Instant.now();
        updateJob(job);
    }

    private void publishTaskDone(JobEntity job, TaskEntity task) {
        taskDone.fire(new TaskDone(job.id, job.externalId, job.revision, task.language, job.callbackUrl, Instant.now()));
    }

    private void updateJob(JobEntity job) {
        JobStatus before = job.status;
        job.status = TaskEntity.allDone(job.id) ? JobStatus.DONE : JobStatus.IN_PROGRESS;
        if (job.status != before) {
            job.updatedAt = Instant.now();
            if (job.status == JobStatus.DONE) {
                jobDone.fire(new JobDone(job.id, job.externalId, job.revision, job.callbackUrl, Instant.now()));
            }
        }
    }
}
