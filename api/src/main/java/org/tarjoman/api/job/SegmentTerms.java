package org.tarjoman.api.job;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.tarjoman.api.glossary.GlossaryPair;
import org.tarjoman.api.glossary.GlossaryViews.SegmentTermList;
import org.tarjoman.api.glossary.TermIndexes;

/** The glossary terms in a task's segment, from the glossary of the task's pair (none for a language without one). */
@ApplicationScoped
public class SegmentTerms {

    private final TermIndexes glossaries;

    SegmentTerms(TermIndexes glossaries) {
        this.glossaries = glossaries;
    }

    @Transactional
    public SegmentTermList of(long jobId, String language, long segmentId) {
        TaskEntity task = TaskEntity.require(JobEntity.require(jobId).id, language);
        SegmentEntity segment = SegmentEntity.ROWS.findById(segmentId);
        if (segment == null || segment.jobId != jobId) {
            throw JobNotFound.segment(jobId, segmentId);
        }
        GlossaryPair pair = GlossaryPair.forTarget(task.language);
        return new SegmentTermList(segmentId, pair == null ? List.of() : glossaries.terms(pair, segment.source));
    }
}
