package org.tarjoman.api.account.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.tarjoman.api.account.AccountViews.CreatedKey;
import org.tarjoman.api.account.AccountViews.KeyRequest;
import org.tarjoman.api.account.AccountViews.KeyView;
import org.tarjoman.api.account.ApiKeys;
import org.tarjoman.api.account.CurrentPrincipal;
import org.tarjoman.api.account.Scope;
import org.tarjoman.api.platform.PublicAddress;
import org.tarjoman.api.problem.Problem;

/** API keys of newsroom systems and other machines, managed by an admin. */
@Path("/api/v1/keys")
@Tag(name = "Accounts")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Scope.Names.ADMIN)
@APIResponse(responseCode = "403", description = "Admins only",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class KeyResource {

    private final ApiKeys keys;
    private final CurrentPrincipal current;
    private final PublicAddress address;

    KeyResource(ApiKeys keys, CurrentPrincipal current, PublicAddress address) {
        this.keys = keys;
        this.current = current;
        this.address = address;
    }

    @GET
    @Operation(summary = "List the API keys, without their secrets")
    public List<KeyView> list() {
        return keys.list();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create an API key", description = "The answer holds the key itself, this once: only its "
            + "SHA-256 is stored. Systems send it as 'Authorization: Bearer <key>'.")
    @APIResponse(responseCode = "201", description = "Created; the key is in the body")
    public Response create(@Valid @NotNull(message = "is required") KeyRequest request) {
        CreatedKey key = keys.create(request, current.get().name());
        return address.created("/api/v1/keys/" + key.id()).entity(key).build();
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Revoke an API key", description = "Requests with it are refused (401) from now on; it stays "
            + "listed as revoked.")
    @APIResponse(responseCode = "404", description = "No such key",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public KeyView revoke(@PathParam("id") long id) {
        return keys.revoke(id, current.get().name());
    }
}
