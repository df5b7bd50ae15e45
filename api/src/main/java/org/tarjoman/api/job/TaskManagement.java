package org.tarjoman.api.job;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import org.tarjoman.api.account.AuditAction;
import org.tarjoman.api.account.AuditLog;
import org.tarjoman.api.job.JobViews.TaskUpdate;
import org.tarjoman.api.job.JobViews.TaskView;

/**
 * Assignments, due dates and closing of tasks (a manager's), and the move of a reviewed task to DONE
 * (its reviewer's or a manager's, {@link TaskCompletion}). Each change is audited; a new assignee hears
 * of it ({@link TaskAssigned}). Names are taken as given, as they always were: a newsroom system may
 * assign someone whose account is made later, and the desk's job page offers only people with the role.
 */
@ApplicationScoped
public class TaskManagement {

    private final TaskLifecycle lifecycle;
    private final TaskCompletion completion;
    private final AuditLog audit;
    private final Event<TaskAssigned> assigned;

    TaskManagement(TaskLifecycle lifecycle, TaskCompletion completion, AuditLog audit, Event<TaskAssigned> assigned) {
        this.lifecycle = lifecycle;
        this.completion = completion;
        this.audit = audit;
        this.assigned = assigned;
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
        if (update.closeReason() != null && update.closeReason().isBlank()) {
            throw new InvalidJobRequest(InvalidJobRequest.Reason.INVALID_FIELD, "closeReason must say why the task is closed.");
        }
        String target = "job " + jobId + " task " + task.language;
        if (update.translator() != null) {
            String before = task.translator;
            task.translator = blankToNull(update.translator());
            assign(job, task, Role.TRANSLATOR, before, task.translator, actor);
        }
        if (update.reviewer() != null) {
            String before = task.reviewer;
            task.reviewer = blankToNull(update.reviewer());
            assign(job, task, Role.REVIEWER, before, task.reviewer, actor);
        }
        if (update.dueAt() != null && !update.dueAt().equals(task.dueAt)) {
            audit.record(actor.user(), AuditAction.TASK_DUE_CHANGED, target, shown(task.dueAt) + " → " + update.dueAt());
            task.dueAt = update.dueAt();
        }
        if (update.closeReason() != null) {
            lifecycle.close(job, task, update.closeReason().strip());
            audit.record(actor.user(), AuditAction.TASK_CLOSED, target, task.closedReason);
        }
        if (update.status() != null) {
            completion.complete(jobId, language, update.qaOverride(), actor);
        }
        task.updatedAt = Instant.now();
        TaskEntity.ROWS.flush();
        return JobQueries.taskView(job, task, JobQueries.progress(List.of(task.id)).get(task.id));
    }

    /** Audits a change of assignee and tells the new one, unless they assigned themselves. */
    private void assign(JobEntity job, TaskEntity task, Role role, String before, String after, Actor actor) {
        if (Objects.equals(before, after)) {
            return;
        }
        audit.record(actor.user(), AuditAction.TASK_ASSIGNED, "job " + job.id + " task " + task.language,
                role.name().toLowerCase(java.util.Locale.ROOT) + ": " + shown(before) + " → " + shown(after));
        if (after != null && !after.equals(actor.user())) {
            assigned.fire(new TaskAssigned(job.id, job.title, task.language, after, role, actor.user()));
        }
    }

    private static String shown(Object value) {
        return value == null ? "nobody" : value.toString();
    }

    private static String blankToNull(String value) {
        return value.isBlank() ? null : value.strip();
    }
}
