package org.tarjoman.api.job;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.tarjoman.api.job.JobViews.TaskUpdate;
import org.tarjoman.api.job.JobViews.TaskView;

/** Assignments, due dates and closing of tasks. */
@ApplicationScoped
public class TaskManagement {

    private final TaskLifecycle lifecycle;

    TaskManagement(TaskLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Transactional
    public TaskView update(long jobId, String language, TaskUpdate update, Actor actor) {
        JobEntity job = JobEntity.lock(jobId);
        TaskEntity task = TaskEntity.require(jobId, language);
        if (!actor.managesTasks()) {
            throw new TaskAccessRefused("Only a manager assigns, reschedules or closes tasks.");
        }
        if (update.translator() != null) {
            task.translator = blankToNull(update.translator());
        }
        if (update.reviewer() != null) {
            task.reviewer = blankToNull(update.reviewer());
        }
        if (update.dueAt() != null) {
            task.dueAt = update.dueAt();
        }
        if (update.closeReason() != null) {
            if (update.closeReason().isBlank()) {
                throw new InvalidJobRequest(InvalidJobRequest.Reason.INVALID_FIELD, "closeReason must say why the task is closed.");
            }
            lifecycle.close(job, task, update.closeReason().strip());
        }
        task.updatedAt = java.time.Instant.now();
        TaskEntity.flush();
        return JobQueries.taskView(job, task, JobQueries.progress(java.util.List.of(task.id)).get(task.id));
    }

    private static String blankToNull(String value) {
        return value.isBlank() ? null : value.strip();
    }
}
