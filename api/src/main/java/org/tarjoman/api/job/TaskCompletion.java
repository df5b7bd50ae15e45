package org.tarjoman.api.job;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.tarjoman.api.account.AuditAction;
import org.tarjoman.api.account.AuditLog;
import org.tarjoman.api.job.JobViews.QaOverrideRequest;

/**
 * A reviewer (or a manager) moves a task to DONE. A task whose segments are all reviewed moves there by
 * itself ({@link TaskLifecycle}) unless its QA report has errors; then it waits in review until the errors
 * are fixed or someone who may review it accepts them with a reason. That override stays on the task (who,
 * when, why, how many errors) and goes to the audit log: a newsroom must be able to tell which published
 * translations went out with known problems. A translator, or a system key, cannot override: QA errors are
 * a reviewer's call.
 */
@ApplicationScoped
public class TaskCompletion {

    private final TaskQa qa;
    private final TaskLifecycle lifecycle;
    private final AuditLog audit;

    TaskCompletion(TaskQa qa, TaskLifecycle lifecycle, AuditLog audit) {
        this.qa = qa;
        this.lifecycle = lifecycle;
        this.audit = audit;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void complete(long jobId, String language, QaOverrideRequest override, Actor actor) {
        TaskSnapshot snapshot = TaskSnapshot.locked(jobId, language);
        TaskEntity task = snapshot.task();
        if (task.status == TaskStatus.DONE) {
            return;
        }
        if (actor.system() || TaskAccess.claim(task, actor) == Role.TRANSLATOR) {
            throw new TaskAccessRefused("Only the task's reviewer or a manager moves a task to DONE.");
        }
        long unreviewed = snapshot.segments().stream()
                .filter(segment -> snapshot.translation(segment).status != TranslationStatus.REVIEWED).count();
        if (unreviewed > 0) {
            throw new TaskCompletionRefused(TaskCompletionRefused.Reason.NOT_REVIEWED, (int) unreviewed,
                    unreviewed + " segment(s) of the " + task.language + " task are not reviewed yet.");
        }
        int errors = qa.errors(snapshot);
        if (errors > 0 && override == null) {
            throw new TaskCompletionRefused(TaskCompletionRefused.Reason.QA_ERRORS, errors, "The " + task.language
                    + " task's QA report has " + errors + " error(s) (GET /api/v1/jobs/" + jobId + "/tasks/" + task.language
                    + "/qa lists them). Fix them, or move it to DONE anyway as its reviewer or a manager with "
                    + "{\"status\":\"DONE\",\"qaOverride\":{\"reason\":\"...\"}}.");
        }
        if (errors > 0) {
            task.qaOverrideBy = actor.user();
            task.qaOverrideAt = Instant.now();
            task.qaOverrideReason = override.reason().strip();
            task.qaOverrideErrors = errors;
            audit.record(actor.user(), AuditAction.TASK_QA_OVERRIDDEN, "job " + jobId + " task " + task.language,
                    errors + " QA error(s) accepted: " + task.qaOverrideReason);
        }
        lifecycle.complete(snapshot.job(), task);
    }
}
