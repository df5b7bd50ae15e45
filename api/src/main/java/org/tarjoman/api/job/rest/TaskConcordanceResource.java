package org.tarjoman.api.job.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tarjoman.api.account.Scope;
import org.tarjoman.api.job.TaskConcordance;
import org.tarjoman.api.memory.MemoryViews.ConcordanceList;
import org.tarjoman.api.problem.Problem;

/** A task's concordance: the editor's phrase search, in the memories the task reads. */
@Path("/api/v1/jobs/{id}/tasks/{lang}/concordance")
@Tag(name = "Jobs")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", description = "Empty phrase, a side other than source or target, or a bad limit",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = "No such job or task",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class TaskConcordanceResource {

    private final TaskConcordance concordance;

    TaskConcordanceResource(TaskConcordance concordance) {
        this.concordance = concordance;
    }

    @GET
    @RolesAllowed(Scope.Names.JOBS_READ)
    @Operation(summary = "Search words or phrases in the task's memories", description = "As a memory's concordance "
            + "(whole words through each memory's index, the hit's span given), over the memories the task reads: "
            + "the first memory's hits (newest first), then the next one's, up to limit in all, each naming its "
            + "memory. A memory the task does not read is not searched.")
    public ConcordanceList concordance(@PathParam("id") long id, @PathParam("lang") String language,
                                       @QueryParam("q") String q,
                                       @QueryParam("side") @DefaultValue("source") String side,
                                       @QueryParam("limit") @DefaultValue("20") @Min(value = 1, message = "must be between 1 and 200")
                                       @Max(value = 200, message = "must be between 1 and 200") int limit) {
        return concordance.search(id, language, q, side, limit);
    }
}
