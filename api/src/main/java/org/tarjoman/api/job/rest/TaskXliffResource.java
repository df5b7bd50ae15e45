package org.tarjoman.api.job.rest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.tarjoman.api.account.AuditAction;
import org.tarjoman.api.account.AuditLog;
import org.tarjoman.api.account.Scope;
import org.tarjoman.api.job.Actor;
import org.tarjoman.api.job.xliff.TaskXliffExport;
import org.tarjoman.api.job.xliff.TaskXliffImport;
import org.tarjoman.api.job.xliff.XliffImportView;
import org.tarjoman.api.problem.ApiException;
import org.tarjoman.api.problem.BodyKind;
import org.tarjoman.api.problem.BodyLimit;
import org.tarjoman.api.problem.LimitedBody;
import org.tarjoman.api.problem.Problem;
import org.tarjoman.api.problem.ProblemKind;
import org.tarjoman.core.xliff.XliffVersion;
import org.tarjoman.core.xliff.XliffWriter;
import org.tarjoman.memory.tmx.TmxWriter;

/** A task as files for desktop CAT tools: XLIFF out and back in, and its confirmed pairs as TMX. */
@Path("/api/v1/jobs/{id}/tasks/{lang}")
@Tag(name = "Jobs")
@APIResponse(responseCode = "404", description = "No such job or task",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class TaskXliffResource {

    static final String XLIFF = XliffWriter.MEDIA_TYPE;
    private final TaskXliffExport export;
    private final TaskXliffImport imports;
    private final BodyLimit limit;
    private final Caller caller;
    private final AuditLog audit;

    TaskXliffResource(TaskXliffExport export, TaskXliffImport imports, BodyLimit limit, Caller caller, AuditLog audit) {
        this.export = export;
        this.imports = imports;
        this.limit = limit;
        this.caller = caller;
        this.audit = audit;
    }

    @GET
    @Path("/xliff")
    @Produces(XLIFF)
    @RolesAllowed(Scope.Names.JOBS_READ)
    @Operation(summary = "The task as XLIFF 1.2 or 2.1", description = "One unit per segment (id = segment id), the "
            + "source as stored, the current target, state, version, up to three memory matches; inline codes carry "
            + "their HTML markup.")
    public Response xliff(@PathParam("id") long id, @PathParam("lang") String language,
                          @QueryParam("version") @DefaultValue("2.1") String version) {
        XliffVersion v = XliffVersion.of(version).filter(x -> !"2.0".equals(version.trim()))
                .orElseThrow(() -> new ApiException(ProblemKind.BAD_REQUEST, "version must be 1.2 or 2.1, not '" + version + "'."));
        TaskXliffExport.Export file = export.document(id, language);
        StreamingOutput body = out -> XliffWriter.write(file.document(), v, out);
        return Response.ok(body, XLIFF + ";charset=UTF-8")
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file.baseName() + ".xlf\"").build();
    }

    @PUT
    @Path("/xliff")
    @Consumes({XLIFF, MediaType.APPLICATION_XML, MediaType.TEXT_XML})
    @Produces(MediaType.APPLICATION_JSON)
    @LimitedBody(BodyKind.XLIFF)
    @RolesAllowed({Scope.Names.JOBS_READ, Scope.Names.JOBS_WRITE})
    @Operation(summary = "Import a translated XLIFF 1.2 or 2.x file", description = "All or nothing: a file that cannot "
            + "be read, of other languages or another job, with a changed source or broken inline codes answers 400 "
            + "naming the unit and line. Otherwise every unit is updated (origin IMPORT), unchanged, a conflict (saved "
            + "in the editor since the export; applied with force=true, managers and jobs:write keys only) or rejected "
            + "with a reason. Who may import into a task is who may save its segments (403 otherwise).")
    @APIResponse(responseCode = "400", description = "The file cannot be imported; nothing was",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "Body over tarjoman.xliff.max-body-size; nothing was imported",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public XliffImportView importXliff(@PathParam("id") long id, @PathParam("lang") String language,
                                       @QueryParam("force") @DefaultValue("false") boolean force, InputStream body) {
        return importFile(id, language, body, force);
    }

    @PUT
    @Path("/xliff")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @LimitedBody(BodyKind.XLIFF)
    @RolesAllowed({Scope.Names.JOBS_READ, Scope.Names.JOBS_WRITE})
    @Operation(summary = "Import a translated XLIFF file as a form upload (field 'file')")
    public XliffImportView importXliffForm(@PathParam("id") long id, @PathParam("lang") String language,
                                           @QueryParam("force") @DefaultValue("false") boolean force,
                                           @RestForm("file") FileUpload file)
            throws IOException {
        if (file == null) {
            throw new ApiException(ProblemKind.VALIDATION, "The form has no 'file' field with the XLIFF.");
        }
        limit.check(BodyKind.XLIFF, Files.size(file.uploadedFile()));
        try (InputStream in = Files.newInputStream(file.uploadedFile())) {
            return importFile(id, language, in, force);
        }
    }

    /** A forced import overwrites what others saved since the export: the audit log keeps who forced it. */
    private XliffImportView importFile(long id, String language, InputStream body, boolean force) {
        Actor actor = caller.actor();
        XliffImportView view = imports.importFile(id, language, body, force, actor);
        if (force) {
            audit.record(actor.user(), AuditAction.XLIFF_FORCED, "job " + id + " task " + language,
                    "updated " + view.counts());
        }
        return view;
    }

    @GET
    @Path("/tmx")
    @RolesAllowed(Scope.Names.JOBS_READ)
    @Produces("application/x-tmx+xml")
    @Operation(summary = "The task's translated and reviewed pairs as TMX 1.4b")
    public Response tmx(@PathParam("id") long id, @PathParam("lang") String language) {
        TaskXliffExport.Tmx tmx = export.tmx(id, language);
        StreamingOutput body = out -> {
            try (TmxWriter writer = new TmxWriter(out, tmx.pair(),
                    tmx.html() ? TmxWriter.DataType.HTML : TmxWriter.DataType.PLAINTEXT, "api")) {
                tmx.units().forEach(writer::write);
            }
        };
        return Response.ok(body, "application/x-tmx+xml;charset=UTF-8")
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + tmx.baseName() + ".tmx\"").build();
    }
}
