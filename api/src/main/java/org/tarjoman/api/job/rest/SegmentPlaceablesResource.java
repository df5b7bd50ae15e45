package org.tarjoman.api.job.rest;

import java.util.List;

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
import org.tarjoman.api.job.SegmentPlaceables;
import org.tarjoman.api.job.SegmentPlaceables.PlaceableView;
import org.tarjoman.api.problem.Problem;

/** A segment's placeables with their forms in the task's language, for the editor to insert with one key. */
@Path("/api/v1/jobs/{id}/tasks/{lang}/segments/{segmentId}/placeables")
@Tag(name = "Jobs")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "404", description = "No such job, task or segment",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class SegmentPlaceablesResource {

    @Schema(name = "SegmentPlaceables")
    public record Placeables(List<PlaceableView> placeables) {
    }

    private final SegmentPlaceables placeables;

    SegmentPlaceablesResource(SegmentPlaceables placeables) {
        this.placeables = placeables;
    }

    @GET
    @RolesAllowed(Scope.Names.JOBS_READ)
    @Operation(summary = "The segment's placeables, localized", description = "Numbers, dates (Solar Hijri converted), "
            + "times, URLs and Latin names of the source in order, each with its text, canonical value and localized "
            + "form in the task's language (17 January 2025 in English, 17 января 2025 г. in Russian).")
    public Placeables placeables(@PathParam("id") long id, @PathParam("lang") String language,
                                 @PathParam("segmentId") long segmentId) {
        return new Placeables(placeables.of(id, language, segmentId));
    }
}
