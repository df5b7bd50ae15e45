package org.tarjoman.api.job;

import java.time.Instant;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.tarjoman.api.account.AuditAction;
import org.tarjoman.api.account.AuditLog;
import org.tarjoman.api.job.JobViews.MemorySetupRequest;
import org.tarjoman.memory.LanguagePair;

/**
 * A manager changes the memories a task reads and writes after the job was made: checked as at job
 * creation ({@link MemorySetups}), refused on a task that is done, recorded in the audit log with the
 * setup before and after. Look-ups read the setup each time ({@link TaskMemories#current}), so the
 * next match or concordance search follows the new one; segments pre-filled at creation keep what
 * they were given.
 */
@ApplicationScoped
public class TaskMemoryChanges {

    private final MemorySetups setups;
    private final AuditLog audit;

    TaskMemoryChanges(MemorySetups setups, AuditLog audit) {
        this.setups = setups;
        this.audit = audit;
    }

    public MemorySetup current(long jobId, String language) {
        return TaskMemories.current(jobId, language);
    }

    @Transactional
    public MemorySetup change(long jobId, String language, MemorySetupRequest request, Actor actor) {
        // under the job's lock, as every change of a task: a save in between writes to one setup or the other, whole
        JobEntity job = JobEntity.lock(jobId);
        TaskEntity task = TaskEntity.require(jobId, language);
        if (!actor.managesTasks()) {
            throw new TaskAccessRefused("Only a manager changes the memories a task reads and writes.");
        }
        if (task.status == TaskStatus.DONE) {
            throw new TaskFinished(task, "its memories stay as they are.");
        }
        MemorySetup before = TaskMemories.setup(job, task);
        MemorySetup after = setups.resolve(new LanguagePair(job.sourceLanguage, task.language), request);
        task.memories = after;
        task.updatedAt = Instant.now();
        audit.record(actor.user(), AuditAction.TASK_MEMORIES_CHANGED, "job " + jobId + " task " + task.language,
                describe(before) + " → " + describe(after));
        return after;
    }

    /** As the audit log shows it: {@code read fa-en-sport (0), fa-en-ref (3); write fa-en-sport}. */
    private static String describe(MemorySetup setup) {
        return "read " + setup.read().stream().map(r -> r.name() + " (" + r.penalty() + ")")
                .collect(Collectors.joining(", ")) + "; write " + setup.write();
    }
}
