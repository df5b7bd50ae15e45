package org.tarjoman.api.job.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import org.tarjoman.api.job.JobViews.ReopenRequest;
import org.tarjoman.api.job.JobViews.TaskView;
import org.tarjoman.api.job.TaskReopening;
import org.tarjoman.api.problem.Problem;

/** A delivered task back at work for a correction. */
@Path("/api/v1/jobs/{id}/tasks/{lang}/reopen")
@Tag(name = "Jobs")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", description = "No reason",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Not a manager",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = "No such job or task",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "409", description = "The task is not delivered (DONE)",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class TaskReopenResource {

    private final TaskReopening reopening;
    private final Caller caller;

    TaskReopenResource(TaskReopening reopening, Caller caller) {
        this.reopening = reopening;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Scope.Names.JOBS_WRITE)
    @Operation(summary = "Reopen a delivered task for a correction (a manager or a jobs:write key)",
            description = "Starts a new round (round, reopenings), kept with who, when and why and audited "
                    + "(TASK_REOPENED); the task goes back in review (or in translation when segments are not "
                    + "translated), its job is no longer DONE, and its translator and reviewer are notified. Saves of "
                    + "the round name it in the segment history; the next delivery sends task.done again.")
    public TaskView reopen(@PathParam("id") long id, @PathParam("lang") String language,
                           @Valid @NotNull(message = "is required") ReopenRequest request) {
        return reopening.reopen(id, language, request.reason(), caller.actor());
    }
}
