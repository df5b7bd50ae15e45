package org.tarjoman.api.operations.rest;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.logging.Logger;
import org.tarjoman.api.account.AuditAction;
import org.tarjoman.api.account.AuditLog;
import org.tarjoman.api.account.CurrentPrincipal;
import org.tarjoman.api.account.Scope;
import org.tarjoman.api.operations.InstanceExport;
import org.tarjoman.api.operations.InstanceImport;
import org.tarjoman.api.operations.InstanceImport.Restored;
import org.tarjoman.api.problem.BodyKind;
import org.tarjoman.api.problem.LimitedBody;
import org.tarjoman.api.problem.Problem;

/** An admin's export of everything the instance holds, and its import into an empty instance. */
@Path("/api/v1/admin")
@Tag(name = "Operations")
@RolesAllowed(Scope.Names.ADMIN)
public class ExportResource {

    static final String ZIP = "application/zip";
    private static final Logger LOG = Logger.getLogger(ExportResource.class);

    private final InstanceExport export;
    private final InstanceImport restore;
    private final CurrentPrincipal current;
    private final AuditLog audit;

    ExportResource(InstanceExport export, InstanceImport restore, CurrentPrincipal current, AuditLog audit) {
        this.export = export;
        this.restore = restore;
        this.current = current;
        this.audit = audit;
    }

    @GET
    @Path("/export")
    @Produces(ZIP)
    @Operation(summary = "Export everything", description = "A zip, streamed: manifest.json, jobs.json (the job, "
            + "segment, task, translation, history and round rows), memories.json with each memory as TMX under "
            + "memories/, each glossary pair that has terms as TBX under glossaries/, accounts.json (users and keys, no hashes).")
    public Response export() {
        String caller = current.get().name();
        StreamingOutput body = out -> {
            try {
                String held = export.write(out);
                audit.record(caller, AuditAction.DATA_EXPORTED, "export", held);
            } catch (IOException | RuntimeException e) {
                // the 200 is sent: the client sees the body cut off, the operator reads why here
                LOG.errorf(e, "The export for %s broke off", caller);
                throw e;
            }
        };
        return Response.ok(body, ZIP).header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"tarjoman-export-"
                + Instant.now().toString().replace(":", "") + ".zip\"").build();
    }

    @POST
    @Path("/import")
    @Consumes({ZIP, MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    @LimitedBody(BodyKind.TMX)
    @Operation(summary = "Import an export into an empty instance", description = "Restores the jobs with their ids, "
            + "translations and history, the memories (TMX import) and the glossaries (TBX import); not the accounts. "
            + "Refused with 409 when the instance holds jobs or memory units.")
    @APIResponse(responseCode = "200", description = "What was restored")
    @APIResponse(responseCode = "400", description = "Not a zip, or not a Tarjoman export",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The instance is not empty",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "Over tarjoman.memory.max-import-size",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Restored importAll(InputStream body) {
        String caller = current.get().name();
        Restored restored = restore.restore(body, caller);
        audit.record(caller, AuditAction.DATA_IMPORTED, "import", restored.jobs() + " jobs (" + restored.rows()
                + " rows), " + restored.memories() + " memories with " + restored.units() + " units, "
                + restored.glossaryTerms() + " glossary terms");
        return restored;
    }
}
