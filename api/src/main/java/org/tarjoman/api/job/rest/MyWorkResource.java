package org.tarjoman.api.job.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tarjoman.api.account.AuthKind;
import org.tarjoman.api.account.CurrentPrincipal;
import org.tarjoman.api.account.Principal;
import org.tarjoman.api.account.Scope;
import org.tarjoman.api.job.MyWork;
import org.tarjoman.api.job.MyWork.MyTaskView;
import org.tarjoman.api.problem.Problem;

/** A translator's or reviewer's landing: the tasks assigned to them. An API key has none. */
@Path("/api/v1/my-work")
@Tag(name = "Jobs")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "No session or API key",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class MyWorkResource {

    private final MyWork work;
    private final CurrentPrincipal current;

    MyWorkResource(MyWork work, CurrentPrincipal current) {
        this.work = work;
        this.current = current;
    }

    @GET
    @RolesAllowed({Scope.Names.JOBS_READ, Scope.Names.JOBS_WRITE})
    @Operation(summary = "My tasks that are not done, the soonest due first", description = "Tasks whose translator "
            + "or reviewer is the caller, with the words left for them and the editor's address at the first segment "
            + "that needs them.")
    public List<MyTaskView> list() {
        Principal principal = current.get();
        return principal.kind() == AuthKind.SESSION ? work.of(principal.name()) : List.of();
    }
}
