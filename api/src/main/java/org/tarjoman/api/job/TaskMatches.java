package org.tarjoman.api.job;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.tarjoman.api.memory.MemoryService;
import org.tarjoman.api.memory.MemoryViews.MatchView;
import org.tarjoman.memory.MatchQuery;

/**
 * The editor's memory look-up for one task: the memories the task reads, in order and with their
 * penalties, each match naming the memory it came from. Reads the task row only, not its segments:
 * the editor asks this each time a segment becomes active.
 */
@ApplicationScoped
public class TaskMatches {

    private final MemoryService memories;

    TaskMatches(MemoryService memories) {
        this.memories = memories;
    }

    public List<MatchView> find(long jobId, String language, MatchQuery query) {
        return memories.matchViews(TaskMemories.current(jobId, language).reads(), List.of(query)).get(0);
    }
}
