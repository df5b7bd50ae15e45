package org.tarjoman.api.memory.rest;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import org.tarjoman.api.account.AuditAction;
import org.tarjoman.api.account.AuditLog;
import org.tarjoman.api.account.CurrentPrincipal;
import org.tarjoman.api.account.Scope;
import org.tarjoman.api.memory.ImportEntity;
import org.tarjoman.api.memory.MemoryService;
import org.tarjoman.api.memory.MemoryViews.ImportList;
import org.tarjoman.api.memory.MemoryViews.ImportView;
import org.tarjoman.api.memory.TmxImports;
import org.tarjoman.api.memory.UnknownImport;
import org.tarjoman.api.problem.Problem;

/** Progress and outcome of TMX imports: one followed, the recent ones listed, a running one cancelled. */
@Path("/api/v1/imports")
@Tag(name = "Translation memory")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "404", description = "No such import",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ImportResource {

    private final TmxImports imports;
    private final CurrentPrincipal current;
    private final AuditLog audit;

    ImportResource(TmxImports imports, CurrentPrincipal current, AuditLog audit) {
        this.imports = imports;
        this.current = current;
        this.audit = audit;
    }

    @GET
    @RolesAllowed(Scope.Names.MEMORY_READ)
    @Operation(summary = "The recent imports, newest first", description = "Of every memory, or of one (memory=fa-en): "
            + "a person who left the page while an import ran finds it here and follows it again.")
    public ImportList list(@QueryParam("memory") String memory,
                           @QueryParam("limit") @DefaultValue("20") @Min(value = 1, message = "must be between 1 and 100")
                           @Max(value = 100, message = "must be between 1 and 100") int limit) {
        Optional<org.tarjoman.memory.MemoryName> name = memory == null || memory.isBlank() ? Optional.empty()
                : Optional.of(MemoryService.name(memory));
        return new ImportList(imports.recent(name, limit).stream().map(ImportResource::view).toList());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Scope.Names.MEMORY_READ)
    @Operation(summary = "Follow an import", description = "State, units processed so far out of the file's total, "
            + "counts, and the reasons for skipped or rejected units (or the error that failed the import).")
    public ImportView get(@PathParam("id") String id) {
        return imports.find(id).map(ImportResource::view).orElseThrow(() -> new UnknownImport(id));
    }

    @POST
    @Path("/{id}/cancel")
    @RolesAllowed(Scope.Names.MEMORY_WRITE)
    @Operation(summary = "Cancel a queued or running import", description = "The import is one transaction: it stops "
            + "at its next unit and is rolled back, so the memory keeps nothing of it (state CANCELLED). An import "
            + "that has ended answers 409 with its state.")
    @APIResponse(responseCode = "200", description = "Cancelled; nothing of the import is kept")
    @APIResponse(responseCode = "409", description = "The import has ended (DONE, FAILED or CANCELLED)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ImportView cancel(@PathParam("id") String id) {
        String who = current.get().name();
        ImportEntity cancelled = imports.cancel(id, who);
        audit.record(who, AuditAction.IMPORT_CANCELLED, "import " + id,
                "memory " + cancelled.memory + ", file " + cancelled.fileName + ", " + cancelled.unitsProcessed + " units read");
        return view(cancelled);
    }

    static ImportView view(ImportEntity e) {
        List<String> messages = e.messages == null || e.messages.isEmpty() ? null : Arrays.asList(e.messages.split("\n"));
        return new ImportView(e.id, e.memory, e.fileName, e.state.name(), e.unitsProcessed, e.unitsTotal, e.added, e.merged,
                e.skipped, e.rejected, messages, e.startedBy, e.createdAt, e.finishedAt);
    }
}
