package org.tarjoman.api.job;

import io.quarkus.narayana.jta.QuarkusTransaction;

import org.tarjoman.memory.LanguagePair;

/** The memory setup a task works with: its own, or for a task made before setups, the pair's own memory. */
final class TaskMemories {

    private TaskMemories() {
    }

    static MemorySetup setup(JobEntity job, TaskEntity task) {
        return task.memories != null ? task.memories : MemorySetup.standard(new LanguagePair(job.sourceLanguage, task.language));
    }

    /**
     * The setup as it is now, read in a transaction of its own (the task row only, not its segments):
     * look-ups ask this every time, so a changed setup counts from the next one.
     */
    static MemorySetup current(long jobId, String language) {
        return QuarkusTransaction.requiringNew().call(() -> {
            JobEntity job = JobEntity.require(jobId);
            return setup(job, TaskEntity.require(job.id, language));
        });
    }
}
