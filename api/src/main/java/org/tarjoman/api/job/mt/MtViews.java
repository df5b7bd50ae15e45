package org.tarjoman.api.job.mt;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tarjoman.api.job.QaViews.FindingView;

/** The JSON shapes of machine translation in a task. */
public final class MtViews {

    private MtViews() {
    }

    @Schema(name = "MtProgress", description = "A task's pre-translation: its segments queued for MT and what came of them")
    public record ProgressView(
            @Schema(description = "NONE: nothing was ever queued; RUNNING: segments wait for an engine; DONE: all answered",
                    enumeration = {"NONE", "RUNNING", "DONE"}) String state,
            @Schema(description = "Whether an engine is configured for the task's language") boolean configured,
            int total, int done, int failed,
            @Schema(description = "Saved by a person before MT answered; kept as they left it") int skipped,
            int pending,
            @Schema(description = "Each failed segment with its engine and reason; the segment was left untouched")
            List<FailureView> failures,
            Instant updatedAt) {
    }

    @Schema(name = "MtFailure")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FailureView(long segmentId, String engine,
                              @Schema(examples = "deepl: HTTP 456 Quota exceeded") String reason) {
    }

    @Schema(name = "MtSuggestion", description = "A machine translation of one segment, not saved")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SuggestionView(
            @Schema(description = "Tagged text with the source's inline codes") String target,
            @Schema(examples = "openai") String engine,
            @Schema(examples = "gpt-4o-mini") String model,
            @Schema(description = "The QA findings the target would have if saved") List<FindingView> findings) {
    }
}
