package org.tarjoman.api.job;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.tarjoman.api.job.JobViews.TaskUpdate;
import org.tarjoman.api.job.JobViews.TaskView;

/**
 * Assignments, due dates and closing of tasks (a manager's), and the move of a reviewed task to DONE
 * (its reviewer's or a manager's, {@link TaskCompletion}).
 */
@ApplicationScoped
public class TaskManagement {

    private final TaskLifecycle lifecycle;
    private final TaskCompletion completion;

    TaskManagement(TaskLifecycle lifecycle, TaskCompletion completion) {
        this.lifecycle = lifecycle;
        this.completion = completion;
    }

    @Transactional
    public TaskView update(long jobId, String language, TaskUpdate update, Actor actor) {
        JobEntity job = JobEntity.lock(jobId);
        TaskEntity task = TaskEntity.require(jobId, language);
        if ((update.manages() || update.status() == null) && !actor.managesTasks()) {
            throw new TaskAccessRefused("Only a manager assigns, reschedules or closes tasks.");
        }
        if (update.status() != null && !TaskStatus.DONE.name().equals(update.status())) {
            throw new InvalidJobRequest(InvalidJobRequest.Reason.INVALID_FIELD, "status can only be DONE: a task's "
                    + "other statuses follow its segments'.");
        }
        if (update.qaOverride() != null && update.status() == null) {
            throw new InvalidJobRequest(InvalidJobRequest.Reason.INVALID_FIELD, "qaOverride goes with \"status\":\"DONE\".");
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
        if (update.status() != null) {
            completion.complete(jobId, language, update.qaOverride(), actor);
        }
        task.updatedAt = java.time.Instant.now();
        TaskEntity.ROWS.flush();
        return JobQueries.taskView(job, task, JobQueries.progress(java.util.List.of(task.id)).get(task.id));
    }

    private static String blankToNull(String value) {
        return value.isBlank() ? null : value.strip();
    }
}
