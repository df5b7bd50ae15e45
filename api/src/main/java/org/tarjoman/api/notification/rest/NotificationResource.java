package org.tarjoman.api.notification.rest;

import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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
import org.tarjoman.api.notification.NotificationViews.NotificationPage;
import org.tarjoman.api.notification.NotificationViews.NotificationView;
import org.tarjoman.api.notification.Notifications;
import org.tarjoman.api.problem.ApiException;
import org.tarjoman.api.problem.Problem;
import org.tarjoman.api.problem.ProblemKind;

/**
 * The signed-in person's notifications. They are a person's: an API key has none (its name may be a
 * person's, so it is never taken for one).
 */
@Path("/api/v1/notifications")
@Tag(name = "Notifications")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "No session or API key",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class NotificationResource {

    private final Notifications notifications;
    private final CurrentPrincipal current;

    NotificationResource(Notifications notifications, CurrentPrincipal current) {
        this.notifications = notifications;
        this.current = current;
    }

    @GET
    @RolesAllowed({Scope.Names.JOBS_READ, Scope.Names.JOBS_WRITE})
    @Operation(summary = "My notifications, newest first (at most 100), with the unread count",
            description = "An assignment, segments sent back to the translator, a task ready for review, a task "
                    + "reopened for a correction. unread=true lists the unread ones only.")
    public NotificationPage list(@QueryParam("unread") @DefaultValue("false") boolean unreadOnly) {
        String person = person();
        return person == null ? new NotificationPage(List.of(), 0) : notifications.of(person, unreadOnly);
    }

    @POST
    @Path("/{id}/read")
    @RolesAllowed({Scope.Names.JOBS_READ, Scope.Names.JOBS_WRITE})
    @Operation(summary = "Mark one of my notifications read")
    @APIResponse(responseCode = "404", description = "No such notification of the caller's",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public NotificationView read(@PathParam("id") long id) {
        String person = person();
        return (person == null ? java.util.Optional.<NotificationView>empty() : notifications.read(person, id))
                .orElseThrow(() -> new ApiException(ProblemKind.NOT_FOUND, "You have no notification " + id + "."));
    }

    @POST
    @Path("/read-all")
    @RolesAllowed({Scope.Names.JOBS_READ, Scope.Names.JOBS_WRITE})
    @Operation(summary = "Mark all my notifications read", description = "Answers how many were unread.")
    public Map<String, Integer> readAll() {
        String person = person();
        return Map.of("read", person == null ? 0 : notifications.readAll(person));
    }

    private String person() {
        Principal principal = current.get();
        return principal.kind() == AuthKind.SESSION ? principal.name() : null;
    }
}
