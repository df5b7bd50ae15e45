package org.tarjoman.api.job;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.tarjoman.api.job.JobViews.HistoryView;
import org.tarjoman.api.job.JobViews.SegmentPage;
import org.tarjoman.api.job.JobViews.SegmentView;
import org.tarjoman.api.memory.MemoryService;
import org.tarjoman.api.memory.MemoryViews.MatchView;
import org.tarjoman.memory.MatchQuery;

/** What translators and reviewers read of a task: its segments with their translations, and each one's history. */
@ApplicationScoped
public class TaskSegments {

    private final MemoryService memories;

    TaskSegments(MemoryService memories) {
        this.memories = memories;
    }

    /**
     * The task's segments in article order, optionally of one status, with live memory matches if asked,
     * and whether {@code reader} may save in the task ({@link TaskAccess#readOnly}).
     */
    @Transactional
    public SegmentPage page(long jobId, String language, TranslationStatus only, int page, int size,
                            boolean withMatches, Actor reader) {
        TaskSnapshot snapshot = TaskSnapshot.of(jobId, language);
        List<SegmentEntity> selected = snapshot.segments().stream()
                .filter(s -> only == null || snapshot.translation(s).status == only).toList();
        int from = (int) Math.min(selected.size(), (long) page * size);
        List<SegmentEntity> pageOf = selected.subList(from, (int) Math.min(selected.size(), (long) from + size));
        List<List<MatchView>> matches = withMatches ? memories.matchViews(snapshot.memories().reads(),
                snapshot.matchQueries(pageOf, MatchQuery.DEFAULT_THRESHOLD, MatchQuery.DEFAULT_LIMIT)) : null;
        List<SegmentView> views = new ArrayList<>(pageOf.size());
        for (int i = 0; i < pageOf.size(); i++) {
            SegmentEntity segment = pageOf.get(i);
            views.add(SegmentView.of(segment, snapshot.translation(segment), matches == null ? null : matches.get(i)));
        }
        return new SegmentPage(views, page, size, selected.size(), TaskAccess.readOnly(snapshot.task(), reader));
    }

    /** Every saved state of a segment's translation, oldest first. */
    @Transactional
    public List<HistoryView> history(long jobId, String language, long segmentId) {
        TaskEntity task = TaskEntity.require(JobEntity.require(jobId).id, language);
        SegmentEntity segment = SegmentEntity.ROWS.findById(segmentId);
        if (segment == null || segment.jobId != jobId) {
            throw JobNotFound.segment(jobId, segmentId);
        }
        TranslationEntity translation = TranslationEntity.of(task.id, segmentId);
        return TranslationHistoryEntity.ROWS.list("translationId = ?1 order by id", translation.id)
                .stream()
                .map(h -> new HistoryView(h.version, h.target, h.status.name(), h.origin == null ? null : h.origin.name(),
                        h.score, h.author, h.changedAt, h.round, h.mtEngine, h.mtModel))
                .toList();
    }
}
