package org.tarjoman.api.job.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
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
import org.tarjoman.api.problem.Problem;

/** A task's QA report: core's checks over every translated segment. */
@Path("/api/v1/jobs/{id}/tasks/{lang}/qa")
@Tag(name = "Jobs")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "404", description = "No such job or task",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class TaskQaResource {

    private final TaskQa qa;

    TaskQaResource(TaskQa qa) {
        this.qa = qa;
    }

    @GET
    @RolesAllowed(Scope.Names.JOBS_READ)
    @Operation(summary = "The task's QA findings", description = "Every translated segment checked as on save "
            + "(empty target, untranslated text, numbers, Solar Hijri dates, inline codes, punctuation, spaces, length), "
            + "each finding with its segmentId, stable code, severity, message and span in the tagged source or "
            + "target. Segments not started (NEW, no target) are left out.")
    public QaReport report(@PathParam("id") long id, @PathParam("lang") String language) {
        return qa.report(id, language);
    }
}
