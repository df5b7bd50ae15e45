package org.tarjoman.api.job.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tarjoman.api.account.Scope;
import org.tarjoman.api.job.QaViews.QaReport;
import org.tarjoman.api.job.TaskQa;
import org.tarjoman.api.persistence.Columns;
import org.tarjoman.api.problem.Problem;
import org.tarjoman.api.validation.TextRules;

/** The QA checks on a draft target, nothing saved: the editor shows the server's findings as the translator types. */
@Path("/api/v1/jobs/{id}/tasks/{lang}/segments/{segmentId}/check")
@Tag(name = "Jobs")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "404", description = "No such job, task or segment",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class SegmentCheckResource {

    @Schema(name = "DraftCheck")
    public record DraftCheck(@Schema(description = "The target as typed (tagged text); empty or missing is no target")
                             @Size(max = Columns.TEXT, message = TextRules.AT_MOST) String target) {
    }

    private final TaskQa qa;

    SegmentCheckResource(TaskQa qa) {
        this.qa = qa;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Scope.Names.JOBS_READ)
    @Operation(summary = "Check a draft target without saving it", description = "The segment's QA findings as a save "
            + "would answer them, for the target sent; nothing is stored. Rate-limited as a memory lookup.")
    public QaReport check(@PathParam("id") long id, @PathParam("lang") String language,
                          @PathParam("segmentId") long segmentId, @Valid @NotNull(message = "is required") DraftCheck draft) {
        return qa.draft(id, language, segmentId, draft.target());
    }
}
