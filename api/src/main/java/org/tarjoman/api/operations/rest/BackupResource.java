package org.tarjoman.api.operations.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tarjoman.api.account.AuditAction;
import org.tarjoman.api.account.AuditLog;
import org.tarjoman.api.account.CurrentPrincipal;
import org.tarjoman.api.account.Scope;
import org.tarjoman.api.operations.DatabaseBackup;
import org.tarjoman.api.operations.DatabaseBackup.BackupFile;
import org.tarjoman.api.problem.Problem;

/** An admin's online backup of the embedded database. */
@Path("/api/v1/admin/backup")
@Tag(name = "Operations")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Scope.Names.ADMIN)
public class BackupResource {

    private final DatabaseBackup backup;
    private final CurrentPrincipal current;
    private final AuditLog audit;

    BackupResource(DatabaseBackup backup, CurrentPrincipal current, AuditLog audit) {
        this.backup = backup;
        this.current = current;
        this.audit = audit;
    }

    @POST
    @Operation(summary = "Back up the H2 database", description = "H2's BACKUP TO, online and consistent, into a zip "
            + "in the data folder's backups/; restore by unzipping it into an empty data folder. On PostgreSQL use "
            + "pg_dump (see README).")
    @APIResponse(responseCode = "201", description = "The backup's file name and size in bytes")
    @APIResponse(responseCode = "409", description = "The node runs on PostgreSQL",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response backUp() {
        BackupFile file = backup.backUp();
        audit.record(current.get().name(), AuditAction.BACKUP_MADE, "backup " + file.name(), file.size() + " bytes");
        return Response.status(Response.Status.CREATED).entity(file).build();
    }
}
