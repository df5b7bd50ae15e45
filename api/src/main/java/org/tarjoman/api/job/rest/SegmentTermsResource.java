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
import org.tarjoman.api.glossary.GlossaryViews.SegmentTermList;
import org.tarjoman.api.job.SegmentTerms;
import org.tarjoman.api.problem.Problem;

/** The glossary terms recognised in a segment's source, for the editor's term panel. */
@Path("/api/v1/jobs/{id}/tasks/{lang}/segments/{segmentId}/terms")
@Tag(name = "Jobs")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "404", description = "No such job, task or segment",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class SegmentTermsResource {

    private final SegmentTerms terms;

    SegmentTermsResource(SegmentTerms terms) {
        this.terms = terms;
    }

    @GET
    @RolesAllowed(Scope.Names.JOBS_READ)
    @Operation(summary = "The glossary terms in a segment", description = "Each term found in the source (spelling "
            + "variants and Persian endings included, the longest term winning) with its span in the plain source "
            + "(tags out, as QA findings count), what is written there, and the entries of the task's glossary: "
            + "preferred target, alternatives, forbidden translations.")
    public SegmentTermList terms(@PathParam("id") long id, @PathParam("lang") String language,
                                 @PathParam("segmentId") long segmentId) {
        return terms.of(id, language, segmentId);
    }
}
