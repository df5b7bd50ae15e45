package org.tarjoman.api.account.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.security.Authenticated;
import io.quarkus.vertx.http.runtime.security.FormAuthenticationMechanism;
import io.vertx.ext.web.RoutingContext;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tarjoman.api.account.AccountViews.Me;
import org.tarjoman.api.account.AuditAction;
import org.tarjoman.api.account.AuditLog;
import org.tarjoman.api.account.AuthKind;
import org.tarjoman.api.account.CurrentPrincipal;
import org.tarjoman.api.account.Principal;

/** Who is calling, and signing out. Signing in is the form post to {@code /j_security_check}. */
@Path("/api/v1")
@Tag(name = "Accounts")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class SessionResource {

    private final CurrentPrincipal current;
    private final AuditLog audit;

    SessionResource(CurrentPrincipal current, AuditLog audit) {
        this.current = current;
        this.audit = audit;
    }

    @GET
    @Path("/me")
    @Operation(summary = "Who am I", description = "Name, roles, languages, how the caller authenticated (session or "
            + "key) and the scopes held. For a signed-in page it also sets the tarjoman-csrf cookie the page echoes "
            + "in X-CSRF-Token on writes.")
    public Me me() {
        return Me.of(current.get());
    }

    @POST
    @Path("/session/sign-out")
    @Operation(summary = "Sign out", description = "Clears the session cookie.")
    @APIResponse(responseCode = "204", description = "Signed out")
    public void signOut(RoutingContext context) {
        Principal principal = current.get();
        if (principal.kind() == AuthKind.SESSION) {
            FormAuthenticationMechanism.logout(context);
            audit.record(principal.name(), AuditAction.SIGN_OUT, principal.name(), null);
        }
    }
}
