package org.tarjoman.api.job;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Chunk;
import com.github.difflib.patch.DeltaType;
import com.github.difflib.patch.Patch;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a revision changed against the one it supersedes: its segments' sources diffed in article
 * order (Myers, java-diff-utils), so a changed paragraph shows as the segments it replaced next to
 * the ones that replaced them, and a moved sentence as one removed and one added.
 */
@ApplicationScoped
@Transactional
public class RevisionChanges {

    @Schema(name = "RevisionChanges")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ChangesView(long jobId, int revision,
                              @Schema(description = "The revision this one supersedes; absent for a first revision")
                              Long previousJobId, Integer previousRevision,
                              int added, int removed, int changed, int unchanged, List<ChangeView> changes) {
    }

    @Schema(name = "RevisionChange")
    public record ChangeView(@Schema(enumeration = {"added", "removed", "changed"}) String type,
                             @Schema(description = "The previous revision's segments") List<SegmentSource> before,
                             @Schema(description = "This revision's segments") List<SegmentSource> after) {
    }

    @Schema(name = "RevisionSegment")
    public record SegmentSource(@Schema(description = "Position in its article, from 0") int index, String source) {
    }

    public ChangesView changes(long jobId) {
        JobEntity job = JobEntity.require(jobId);
        List<String> now = sources(job.id);
        if (job.supersedesId == null) {
            return new ChangesView(job.id, job.revision, null, null, 0, 0, 0, now.size(), List.of());
        }
        JobEntity previous = JobEntity.require(job.supersedesId);
        List<String> before = sources(previous.id);
        Patch<String> patch = DiffUtils.diff(before, now);
        List<ChangeView> changes = new ArrayList<>();
        int added = 0;
        int removed = 0;
        int changed = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            if (delta.getType() == DeltaType.EQUAL) {
                continue;
            }
            List<SegmentSource> was = segments(delta.getSource());
            List<SegmentSource> is = segments(delta.getTarget());
            switch (delta.getType()) {
                case INSERT -> added += is.size();
                case DELETE -> removed += was.size();
                default -> changed += Math.max(was.size(), is.size());
            }
            changes.add(new ChangeView(kind(delta.getType()), was, is));
        }
        int touched = patch.getDeltas().stream().mapToInt(d -> d.getTarget().size()).sum();
        return new ChangesView(job.id, job.revision, previous.id, previous.revision, added, removed, changed,
                now.size() - touched, changes);
    }

    private static List<String> sources(long jobId) {
        return SegmentEntity.ROWS.entities()
                .createQuery("select s.source from SegmentEntity s where s.jobId = ?1 order by s.ordinal", String.class)
                .setParameter(1, jobId).getResultList();
    }

    private static List<SegmentSource> segments(Chunk<String> chunk) {
        List<SegmentSource> segments = new ArrayList<>(chunk.size());
        for (int i = 0; i < chunk.size(); i++) {
            segments.add(new SegmentSource(chunk.getPosition() + i, chunk.getLines().get(i)));
        }
        return segments;
    }

    private static String kind(DeltaType type) {
        return switch (type) {
            case INSERT -> "added";
            case DELETE -> "removed";
            default -> type == DeltaType.CHANGE ? "changed" : type.name().toLowerCase(Locale.ROOT);
        };
    }
}
