package org.tarjoman.api.job;

import org.tarjoman.memory.LanguagePair;

/** The memory setup a task works with: its own, or for a task made before setups, the pair's own memory. */
final class TaskMemories {

    private TaskMemories() {
    }

    static MemorySetup setup(JobEntity job, TaskEntity task) {
        return task.memories != null ? task.memories : MemorySetup.standard(new LanguagePair(job.sourceLanguage, task.language));
    }
}
