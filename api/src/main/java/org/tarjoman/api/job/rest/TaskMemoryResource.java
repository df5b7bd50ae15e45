package org.tarjoman.api.job.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
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
import org.tarjoman.api.job.JobViews.MemorySetupRequest;
import org.tarjoman.api.job.MemorySetup;
import org.tarjoman.api.job.TaskMemoryChanges;
import org.tarjoman.api.problem.Problem;

/** The memories a task reads (in order, with penalties) and writes to, read and changed after the job was made. */
@Path("/api/v1/jobs/{id}/tasks/{lang}/memories")
@Tag(name = "Jobs")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "404", description = "No such job or task",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class TaskMemoryResource {

    private final TaskMemoryChanges changes;
    private final Caller caller;

    TaskMemoryResource(TaskMemoryChanges changes, Caller caller) {
        this.changes = changes;
        this.caller = caller;
    }

    @GET
    @RolesAllowed(Scope.Names.JOBS_READ)
    @Operation(summary = "The memories the task reads, in order and with penalties, and the one it writes to")
    public MemorySetup memories(@PathParam("id") long id, @PathParam("lang") String language) {
        return changes.current(id, language);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Scope.Names.JOBS_WRITE)
    @Operation(summary = "Change the memories the task reads and writes (manager or jobs:write key)", description = "The "
            + "body is a task's entry of a job submission's memories, checked the same way: every memory exists and is "
            + "of the task's pair, none is read twice, penalties 0–100, the memory written to is not read-only. What "
            + "it leaves out is the pair's own memory. The next match or concordance search follows the new setup; "
            + "segments pre-filled when the job was made keep their targets. Recorded in the audit log.")
    @APIResponse(responseCode = "400", description = "A memory that is not there, of another pair, read twice, or a "
            + "penalty out of range; nothing changed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a manager",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The memory written to is read-only, or the task is done; "
            + "nothing changed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public MemorySetup change(@PathParam("id") long id, @PathParam("lang") String language,
                              @Valid @NotNull(message = "is required") MemorySetupRequest request) {
        return changes.change(id, language, request, caller.actor());
    }
}
