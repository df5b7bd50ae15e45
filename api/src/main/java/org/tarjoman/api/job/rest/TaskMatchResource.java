package org.tarjoman.api.job.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import org.tarjoman.api.job.TaskMatches;
import org.tarjoman.api.memory.MemoryViews.MatchList;
import org.tarjoman.api.memory.MemoryViews.MatchRequest;
import org.tarjoman.api.problem.Problem;

/** A task's memory look-up: what the editor offers beside a segment, from the memories the task reads. */
@Path("/api/v1/jobs/{id}/tasks/{lang}/matches")
@Tag(name = "Jobs")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", description = "Empty segment or a bad threshold or limit",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = "No such job or task",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class TaskMatchResource {

    private static final String SEARCHED = "The memories the task reads are searched in their order; each match "
            + "loses its memory's penalty (score − penalty, at least 0, its kind kept) and names the memory it came from.";

    private final TaskMatches matches;

    TaskMatchResource(TaskMatches matches) {
        this.matches = matches;
    }

    @GET
    @RolesAllowed(Scope.Names.JOBS_READ)
    @Operation(summary = "Look a segment up in the task's memories", description = SEARCHED)
    public MatchList matches(@PathParam("id") long id, @PathParam("lang") String language, @QueryParam("q") String q,
                             @QueryParam("threshold") @DefaultValue("70") @Min(value = 0, message = "must be between 0 and 100")
                             @Max(value = 100, message = "must be between 0 and 100") int threshold,
                             @QueryParam("limit") @DefaultValue("5") @Min(value = 1, message = "must be between 1 and 50")
                             @Max(value = 50, message = "must be between 1 and 50") int limit) {
        return new MatchList(matches.find(id, language, MatchRequest.query(q, threshold, limit)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Scope.Names.JOBS_READ)
    @Operation(summary = "Look a segment up in the task's memories, with its context",
            description = SEARCHED + " With previous and next segments, a unit confirmed in the same context is an "
                    + "IN_CONTEXT match (101 less the penalty).")
    public MatchList matchesInContext(@PathParam("id") long id, @PathParam("lang") String language,
                                      @Valid @NotNull(message = "is required") MatchRequest request) {
        return new MatchList(matches.find(id, language, request.query()));
    }
}
