package org.tarjoman.api.job;

import jakarta.enterprise.context.ApplicationScoped;

import org.tarjoman.api.memory.MemoryConcordance;
import org.tarjoman.api.memory.MemoryRead;
import org.tarjoman.api.memory.MemoryViews.ConcordanceList;

/**
 * The editor's concordance for one task: the memories the task reads, in their order, each hit naming
 * the memory it came from. Penalties rank fuzzy matches; a concordance hit has no score to lower, so
 * only the order counts here. The memory the task writes to is searched only if the task reads it.
 */
@ApplicationScoped
public class TaskConcordance {

    private final MemoryConcordance concordance;

    TaskConcordance(MemoryConcordance concordance) {
        this.concordance = concordance;
    }

    public ConcordanceList search(long jobId, String language, String query, String side, int limit) {
        MemorySetup setup = TaskMemories.current(jobId, language);
        return concordance.search(setup.reads().stream().map(MemoryRead::memory).toList(), query, side, limit);
    }
}
