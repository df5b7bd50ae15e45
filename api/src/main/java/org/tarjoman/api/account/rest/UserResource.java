package org.tarjoman.api.account.rest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.tarjoman.api.account.AccountViews.PasswordReset;
import org.tarjoman.api.account.AccountViews.UserChange;
import org.tarjoman.api.account.AccountViews.UserRequest;
import org.tarjoman.api.account.AccountViews.UserView;
import org.tarjoman.api.account.Accounts;
import org.tarjoman.api.account.CurrentPrincipal;
import org.tarjoman.api.account.Scope;
import org.tarjoman.api.platform.PublicAddress;
import org.tarjoman.api.problem.Problem;

/** People who sign in, managed by an admin. */
@Path("/api/v1/users")
@Tag(name = "Accounts")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Scope.Names.ADMIN)
@APIResponse(responseCode = "403", description = "Admins only",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = "No such user",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class UserResource {

    private final Accounts accounts;
    private final CurrentPrincipal current;
    private final PublicAddress address;

    UserResource(Accounts accounts, CurrentPrincipal current, PublicAddress address) {
        this.accounts = accounts;
        this.current = current;
        this.address = address;
    }

    @GET
    @Operation(summary = "List the users")
    public List<UserView> list() {
        return accounts.list();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a user", description = "Roles: admin, manager, translator, reviewer (several allowed); "
            + "languages: the target languages the person works in. The password is stored as a bcrypt hash.")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "409", description = "The name is taken",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@Valid @NotNull(message = "is required") UserRequest request) {
        UserView user = accounts.create(request, current.get().name());
        return address.created("/api/v1/users/" + URLEncoder.encode(user.name(), StandardCharsets.UTF_8))
                .entity(user).build();
    }

    @PUT
    @Path("/{name}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a user's roles or languages", description = "Applies to their next request.")
    public UserView change(@PathParam("name") String name, @Valid @NotNull(message = "is required") UserChange change) {
        return accounts.change(name, change, current.get().name());
    }

    @POST
    @Path("/{name}/disable")
    @Operation(summary = "Disable a user", description = "Their session stops working at their next request.")
    public UserView disable(@PathParam("name") String name) {
        return accounts.disable(name, true, current.get().name());
    }

    @POST
    @Path("/{name}/enable")
    @Operation(summary = "Enable a disabled user")
    public UserView enable(@PathParam("name") String name) {
        return accounts.disable(name, false, current.get().name());
    }

    @PUT
    @Path("/{name}/password")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set a new password for a user")
    @APIResponse(responseCode = "204", description = "Set")
    public void resetPassword(@PathParam("name") String name, @Valid @NotNull(message = "is required") PasswordReset reset) {
        accounts.resetPassword(name, reset.password(), current.get().name());
    }
}
