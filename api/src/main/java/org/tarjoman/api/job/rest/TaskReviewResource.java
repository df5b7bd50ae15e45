package org.tarjoman.api.job.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tarjoman.api.account.Scope;
import org.tarjoman.api.job.ReviewDocument;
import org.tarjoman.api.problem.Problem;

/** A task as a bilingual review document to print or open in Word. */
@Path("/api/v1/jobs/{id}/tasks/{lang}/review-document")
@Tag(name = "Jobs")
@APIResponse(responseCode = "404", description = "No such job or task",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class TaskReviewResource {

    private final ReviewDocument review;

    TaskReviewResource(ReviewDocument review) {
        this.review = review;
    }

    @GET
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    @RolesAllowed(Scope.Names.JOBS_READ)
    @Operation(summary = "The task side by side, for proofreading on paper", description = "HTML with its styles "
            + "inside, as an attachment (.html) that prints well and opens in Word: segment number, Persian source "
            + "(dir=rtl), translation, status and an empty comments column, in article order.")
    public Response document(@PathParam("id") long id, @PathParam("lang") String language) {
        ReviewDocument.Review document = review.of(id, language);
        return Response.ok(document.html())
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + document.fileName() + "\"").build();
    }
}
