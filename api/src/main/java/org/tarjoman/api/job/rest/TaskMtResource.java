package org.tarjoman.api.job.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tarjoman.api.account.Scope;
import org.tarjoman.api.job.mt.MtViews.ProgressView;
import org.tarjoman.api.job.mt.MtViews.SuggestionView;
import org.tarjoman.api.job.mt.TaskPretranslation;
import org.tarjoman.api.problem.Problem;

/** Machine translation in a task: pre-translation in the background, its progress, and one segment's suggestion. */
@Path("/api/v1/jobs/{id}/tasks/{lang}")
@Tag(name = "Jobs")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "403", description = "The caller may not save in this task",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = "No such job, task or segment",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class TaskMtResource {

    private final TaskPretranslation pretranslation;
    private final Caller caller;

    TaskMtResource(TaskPretranslation pretranslation, Caller caller) {
        this.pretranslation = pretranslation;
        this.caller = caller;
    }

    @POST
    @Path("/mt")
    @RolesAllowed({Scope.Names.JOBS_READ, Scope.Names.JOBS_WRITE})
    @Operation(summary = "Pre-translate the task by machine", description = "Queues every segment nobody translated "
            + "(no target, not confirmed) whose best memory match scores below tarjoman.mt.threshold (default 85) and "
            + "answers 202 at once with the progress; the segments become MT drafts in the background. A person's save "
            + "before the engine answers wins. Those who may save in the task ask (403 otherwise).")
    @APIResponse(responseCode = "202", description = "Queued; the body is the task's MT progress")
    @APIResponse(responseCode = "409", description = "The task is closed, or no engine is configured for the language (mt-not-configured)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response pretranslate(@PathParam("id") long id, @PathParam("lang") String language) {
        return Response.accepted(pretranslation.request(id, language, caller.actor())).build();
    }

    @GET
    @Path("/mt")
    @RolesAllowed(Scope.Names.JOBS_READ)
    @Operation(summary = "The task's pre-translation progress", description = "State, segments done, failed (each "
            + "with its engine and reason; the segment untouched), skipped (a person saved first) and pending.")
    public ProgressView progress(@PathParam("id") long id, @PathParam("lang") String language) {
        return pretranslation.progress(id, language);
    }

    @POST
    @Path("/segments/{segmentId}/mt")
    @RolesAllowed({Scope.Names.JOBS_READ, Scope.Names.JOBS_WRITE})
    @Operation(summary = "A machine translation of one segment, not saved", description = "Grounded like "
            + "pre-translation (neighbours, memory matches, glossary terms, converted numbers and dates), with the "
            + "QA findings the target would have if saved.")
    @APIResponse(responseCode = "502", description = "The engines failed (mt-failed)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "No engine is configured for the language (mt-not-configured)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SuggestionView suggest(@PathParam("id") long id, @PathParam("lang") String language,
                                  @PathParam("segmentId") long segmentId) {
        return pretranslation.suggest(id, language, segmentId, caller.actor());
    }
}
