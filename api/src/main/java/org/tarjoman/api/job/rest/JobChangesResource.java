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
import org.tarjoman.api.job.RevisionChanges;
import org.tarjoman.api.job.RevisionChanges.ChangesView;
import org.tarjoman.api.problem.Problem;

/** What a resubmitted article changed against its previous revision. */
@Path("/api/v1/jobs/{id}/changes")
@Tag(name = "Jobs")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "404", description = "No such job",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class JobChangesResource {

    private final RevisionChanges changes;

    JobChangesResource(RevisionChanges changes) {
        this.changes = changes;
    }

    @GET
    @RolesAllowed(Scope.Names.JOBS_READ)
    @Operation(summary = "Segments added, removed and changed since the previous revision", description = "The "
            + "sources of this revision's segments against those of the revision it supersedes, in article order; "
            + "each change lists the segments before and after with their positions. A first revision has no "
            + "previousJobId and no changes.")
    public ChangesView changes(@PathParam("id") long id) {
        return changes.changes(id);
    }
}
