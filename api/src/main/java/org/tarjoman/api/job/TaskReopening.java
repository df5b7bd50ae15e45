package org.tarjoman.api.job;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import org.tarjoman.api.account.AuditAction;
import org.tarjoman.api.account.AuditLog;
import org.tarjoman.api.job.JobViews.TaskView;

/**
 * A manager reopens a delivered task for a correction: the task starts a new round, kept with who, when,
 * why and what the task was ({@link TaskRoundEntity}), and goes back to the status its segments give, in
 * review when they are all reviewed (the reviewer corrects, or rejects segments back to the translator).
 * A closed task loses its closing reason, so its segments take saves again. Its job is no longer done,
 * and the next delivery publishes {@link TaskDone} again: the newsroom hears of the corrected version.
 */
@ApplicationScoped
public class TaskReopening {

    private final TaskLifecycle lifecycle;
    private final AuditLog audit;
    private final Event<TaskReopened> reopened;

    TaskReopening(TaskLifecycle lifecycle, AuditLog audit, Event<TaskReopened> reopened) {
        this.lifecycle = lifecycle;
        this.audit = audit;
        this.reopened = reopened;
    }

    @Transactional
    public TaskView reopen(long jobId, String language, String reason, Actor actor) {
        if (!actor.managesTasks()) {
            throw new TaskAccessRefused("Only a manager reopens a delivered task.");
        }
        TaskSnapshot snapshot = TaskSnapshot.locked(jobId, language);
        JobEntity job = snapshot.job();
        TaskEntity task = snapshot.task();
        if (task.status != TaskStatus.DONE) {
            throw new ReopenRefused(task);
        }
        TaskRoundEntity round = new TaskRoundEntity();
        round.taskId = task.id;
        round.round = task.round + 1;
        round.reopenedBy = actor.user();
        round.reopenedAt = Instant.now();
        round.reason = reason.strip();
        round.statusBefore = task.status;
        round.closedReasonBefore = task.closedReason;
        round.persist();
        TaskStatus fromSegments = snapshot.statusFromTranslations();
        lifecycle.reopen(job, task, fromSegments == TaskStatus.DONE ? TaskStatus.IN_REVIEW : fromSegments);
        audit.record(actor.user(), AuditAction.TASK_REOPENED, "job " + jobId + " task " + task.language,
                "round " + round.round + ": " + round.reason);
        reopened.fire(new TaskReopened(job.id, job.title, task.language, task.translator, task.reviewer, task.status,
                round.round, actor.user(), round.reason));
        TaskEntity.ROWS.flush();
        return JobQueries.taskView(job, task, JobQueries.progress(List.of(task.id)).get(task.id));
    }
}
