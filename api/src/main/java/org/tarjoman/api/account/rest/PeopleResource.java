package org.tarjoman.api.account.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tarjoman.api.account.People;
import org.tarjoman.api.account.People.PersonView;
import org.tarjoman.api.account.Scope;
import org.tarjoman.api.account.UserRole;
import org.tarjoman.api.problem.ApiException;
import org.tarjoman.api.problem.Problem;
import org.tarjoman.api.problem.ProblemKind;

/** Who can be given a task: the job page's choice of translators and reviewers. */
@Path("/api/v1/people")
@Tag(name = "Accounts")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", description = "A role other than translator or reviewer",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class PeopleResource {

    private final People people;

    PeopleResource(People people) {
        this.people = people;
    }

    @GET
    @RolesAllowed({Scope.Names.JOBS_READ, Scope.Names.JOBS_WRITE})
    @Operation(summary = "Enabled people who hold a role, by name", description = "role: translator or reviewer "
            + "(both when absent); language: only those who work in it, e.g. en.")
    public List<PersonView> list(@QueryParam("role") String role, @QueryParam("language") String language) {
        UserRole wanted = role == null || role.isBlank() ? null : UserRole.of(role)
                .filter(People.ASSIGNABLE::contains)
                .orElseThrow(() -> new ApiException(ProblemKind.VALIDATION, "role must be translator or reviewer, not '"
                        + role + "'.", java.util.Map.of("parameter", "role")));
        return people.holding(wanted, language);
    }
}
