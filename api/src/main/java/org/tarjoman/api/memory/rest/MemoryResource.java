package org.tarjoman.api.memory.rest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.tarjoman.api.account.AuditAction;
import org.tarjoman.api.account.AuditLog;
import org.tarjoman.api.account.CurrentPrincipal;
import org.tarjoman.api.account.Scope;
import org.tarjoman.api.config.TarjomanConfig;
import org.tarjoman.api.memory.ImportEntity;
import org.tarjoman.api.memory.MemoryConcordance;
import org.tarjoman.api.memory.MemoryService;
import org.tarjoman.api.memory.MemoryViews;
import org.tarjoman.api.memory.MemoryViews.ConcordanceList;
import org.tarjoman.api.memory.MemoryViews.MatchList;
import org.tarjoman.api.memory.MemoryViews.MatchRequest;
import org.tarjoman.api.memory.MemoryViews.MemoryChange;
import org.tarjoman.api.memory.MemoryViews.MemoryList;
import org.tarjoman.api.memory.MemoryViews.MemoryRequest;
import org.tarjoman.api.memory.MemoryViews.MemoryView;
import org.tarjoman.api.memory.MemoryViews.UnitRequest;
import org.tarjoman.api.memory.MemoryViews.UnitView;
import org.tarjoman.api.memory.TmxImports;
import org.tarjoman.api.persistence.Columns;
import org.tarjoman.api.platform.PublicAddress;
import org.tarjoman.api.problem.ApiException;
import org.tarjoman.api.problem.BodyKind;
import org.tarjoman.api.problem.BodyLimit;
import org.tarjoman.api.problem.LimitedBody;
import org.tarjoman.api.problem.Problem;
import org.tarjoman.api.problem.ProblemKind;
import org.tarjoman.api.validation.TextRules;

/** Translation memories: the named memories of each pair, matches, concordance, units, TMX import and export. */
@Path("/api/v1/memories")
@Tag(name = "Translation memory")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", description = "Bad memory name, query or body",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = "No such memory or unit",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "409", description = "A write into a read-only memory; nothing was written",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class MemoryResource {

    static final String TMX = "application/x-tmx+xml";

    private final MemoryService memories;
    private final MemoryConcordance concordance;
    private final TmxImports imports;
    private final long syncImportLimit;
    private final BodyLimit limit;
    private final PublicAddress address;
    private final CurrentPrincipal current;
    private final AuditLog audit;

    MemoryResource(MemoryService memories, MemoryConcordance concordance, TmxImports imports, TarjomanConfig config,
                   BodyLimit limit, PublicAddress address, CurrentPrincipal current, AuditLog audit) {
        this.concordance = concordance;
        this.address = address;
        this.current = current;
        this.audit = audit;
        this.memories = memories;
        this.imports = imports;
        this.syncImportLimit = config.memory().syncImportLimit().asLongValue();
        this.limit = limit;
    }

    @GET
    @RolesAllowed(Scope.Names.MEMORY_READ)
    @Operation(summary = "List the memories with their pairs, descriptions, read-only flags and unit counts")
    public MemoryList list() {
        return new MemoryList(memories.memories());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Scope.Names.MEMORY_WRITE)
    @Operation(summary = "Create a named memory", description = "The name is the pair, optionally with a label: "
            + "fa-en-sport keeps a desk's units apart from fa-en. A read-only memory takes no units (a client's "
            + "reference memory): jobs read it but write elsewhere.")
    @APIResponse(responseCode = "201", description = "Created; Location names the memory")
    @APIResponse(responseCode = "409", description = "A memory of this name exists",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@Valid @NotNull(message = "is required") MemoryRequest request) {
        MemoryView created = memories.create(request.name(), request.description(), Boolean.TRUE.equals(request.readOnly()));
        audit.record(current.get().name(), AuditAction.MEMORY_CREATED, "memory " + created.name(),
                created.readOnly() ? "read-only" : null);
        return address.created("/api/v1/memories/" + created.name()).entity(created).build();
    }

    @GET
    @Path("/{memory}")
    @RolesAllowed(Scope.Names.MEMORY_READ)
    @Operation(summary = "A memory with its pair, description, read-only flag and unit count")
    public MemoryView memory(@PathParam("memory") @Parameter(example = "fa-en-sport") String memory) {
        return memories.memory(memory);
    }

    @PATCH
    @Path("/{memory}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Scope.Names.MEMORY_WRITE)
    @Operation(summary = "Change a memory's description or read-only flag", description = "Fields left out stay as they are.")
    public MemoryView change(@PathParam("memory") String memory, @Valid @NotNull(message = "is required") MemoryChange change) {
        MemoryView changed = memories.change(memory, change.description(), change.readOnly());
        audit.record(current.get().name(), AuditAction.MEMORY_CHANGED, "memory " + changed.name(),
                change.readOnly() == null ? null : changed.readOnly() ? "read-only" : "writable");
        return changed;
    }

    @GET
    @Path("/{memory}/matches")
    @RolesAllowed(Scope.Names.MEMORY_READ)
    @Operation(summary = "Look a segment up", description = "Matches scored 0–101: IN_CONTEXT 101, EXACT 100, "
            + "NORMALIZED 98–99 (identical after Persian normalization), FUZZY below.")
    public MatchList matches(@PathParam("memory") @Parameter(example = "fa-en") String memory,
                             @QueryParam("q") String q,
                             @QueryParam("threshold") @DefaultValue("70") @Min(value = 0, message = "must be between 0 and 100")
                             @Max(value = 100, message = "must be between 0 and 100") int threshold,
                             @QueryParam("limit") @DefaultValue("5") @Min(value = 1, message = "must be between 1 and 50")
                             @Max(value = 50, message = "must be between 1 and 50") int limit) {
        return new MatchList(memories.match(memory, MatchRequest.query(q, threshold, limit)));
    }

    @POST
    @Path("/{memory}/matches")
    @RolesAllowed(Scope.Names.MEMORY_READ)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Look a segment up with its context", description = "With previous and next segments, "
            + "a unit confirmed in the same context is an IN_CONTEXT match (101).")
    public MatchList matchesInContext(@PathParam("memory") String memory, @Valid @NotNull(message = "is required") MatchRequest request) {
        return new MatchList(memories.match(memory, request.query()));
    }

    @GET
    @Path("/{memory}/concordance")
    @RolesAllowed(Scope.Names.MEMORY_READ)
    @Operation(summary = "Search words or phrases in sources or targets", description = "Whole words, newest first, "
            + "through the memory's index. Sources: Persian spelling variants match (ي/ی, ك/ک, ZWNJ or space). Targets: "
            + "case, Russian ё/е and punctuation are ignored. Each hit gives the span to highlight.")
    public ConcordanceList concordance(@PathParam("memory") String memory, @QueryParam("q") String q,
                                       @QueryParam("side") @DefaultValue("source") String side,
                                       @QueryParam("limit") @DefaultValue("20") @Min(value = 1, message = "must be between 1 and 200")
                                       @Max(value = 200, message = "must be between 1 and 200") int limit) {
        if (q == null || q.isBlank()) {
            throw new ApiException(ProblemKind.BAD_REQUEST, "The query parameter q (the phrase to search) is empty.");
        }
        return concordance.search(memory, q, side, limit);
    }

    @POST
    @Path("/{memory}/units")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Scope.Names.MEMORY_WRITE)
    @Operation(summary = "Add a unit", description = "Creates a pair's own memory (fa-en) on first use; a labelled "
            + "one must have been created. A read-only memory answers 409. The unit's author is the signed-in person "
            + "or the API key's name; an author in the body is ignored. A memory holds one unit per source and "
            + "target: adding a translation it holds counts it again (usageCount + 1, date and author of this "
            + "confirmation) and answers 200 with that unit.")
    @APIResponse(responseCode = "201", description = "Added; Location names the unit")
    @APIResponse(responseCode = "200", description = "The memory held this translation: its unit, counted once more")
    @APIResponse(responseCode = "409", description = "The memory is read-only; nothing was written",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response add(@PathParam("memory") String memory, @Valid @NotNull(message = "is required") UnitRequest request) {
        MemoryService.Confirmed confirmed = memories.add(memory, request, current.get().name());
        UnitView unit = confirmed.unit();
        return confirmed.created()
                ? address.created("/api/v1/memories/" + unit.memory() + "/units/" + unit.id()).entity(unit).build()
                : Response.ok(unit).build();
    }

    @GET
    @Path("/{memory}/units/{id}")
    @RolesAllowed(Scope.Names.MEMORY_READ)
    @Operation(summary = "Read a unit")
    public UnitView unit(@PathParam("memory") String memory, @PathParam("id") long id) {
        return memories.unit(memory, id).orElseThrow(() -> unknownUnit(memory, id));
    }

    @PUT
    @Path("/{memory}/units/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Scope.Names.MEMORY_WRITE)
    @Operation(summary = "Correct a unit", description = "The author becomes the caller; an author in the body is ignored. "
            + "A correction that would give the memory a second unit with the same source and target answers 409 "
            + "duplicate-unit with that unit's id (unitId).")
    public UnitView update(@PathParam("memory") String memory, @PathParam("id") long id,
                           @Valid @NotNull(message = "is required") UnitRequest request) {
        return memories.update(memory, id, request, current.get().name()).orElseThrow(() -> unknownUnit(memory, id));
    }

    @DELETE
    @Path("/{memory}/units/{id}")
    @RolesAllowed(Scope.Names.MEMORY_WRITE)
    @Operation(summary = "Remove a unit")
    @APIResponse(responseCode = "204", description = "Removed")
    public void delete(@PathParam("memory") String memory, @PathParam("id") long id) {
        if (!memories.delete(memory, id)) {
            throw unknownUnit(memory, id);
        }
        audit.record(current.get().name(), AuditAction.UNIT_DELETED, "memory " + memory + " unit " + id, null);
    }

    @GET
    @Path("/{memory}/export")
    @RolesAllowed(Scope.Names.MEMORY_READ)
    @Produces(TMX)
    @Operation(summary = "Export the memory as TMX 1.4b", description = "Streamed; inline codes keep their native markup.")
    public Response export(@PathParam("memory") String memory) {
        memories.existing(memory);
        StreamingOutput body = out -> memories.export(memory, out);
        // the memory's own name, not the address as written: " fa-en\u0000" names it too, and is no header value
        String name = MemoryService.name(memory).value();
        return Response.ok(body, TMX)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"tarjoman-" + name + ".tmx\"").build();
    }

    @POST
    @Path("/{memory}/import")
    @Consumes({TMX, MediaType.APPLICATION_XML, MediaType.TEXT_XML})
    @RolesAllowed(Scope.Names.MEMORY_WRITE)
    @LimitedBody(BodyKind.TMX)
    @Operation(summary = "Import a TMX file", description = "Up to tarjoman.memory.sync-import-limit (10 MB) the file is "
            + "imported at once (200 with the counts); a larger one is queued (202, Location of the import to follow). "
            + "All or nothing: a malformed file changes nothing.")
    @APIResponse(responseCode = "200", description = "Imported", content = @Content(schema = @Schema(implementation = MemoryViews.ImportView.class)))
    @APIResponse(responseCode = "202", description = "Queued; follow the Location")
    @APIResponse(responseCode = "413", description = "Body over tarjoman.memory.max-import-size; nothing was imported",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response importTmx(@PathParam("memory") String memory, InputStream body) throws IOException {
        String fileName = MemoryService.name(memory).value() + ".tmx";
        java.nio.file.Path file = imports.spoolFile();
        try {
            Files.copy(body, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) { // over the limit, or the client went away
            Files.deleteIfExists(file);
            throw e;
        }
        return startImport(memory, file, fileName);
    }

    @POST
    @Path("/{memory}/import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed(Scope.Names.MEMORY_WRITE)
    @LimitedBody(BodyKind.TMX)
    @Operation(summary = "Import a TMX file sent as a form upload (field 'file')")
    public Response importTmxUpload(@PathParam("memory") String memory, @RestForm("file") FileUpload file) throws IOException {
        if (file == null) {
            throw new ApiException(ProblemKind.BAD_REQUEST, "The form has no 'file' field with the TMX.");
        }
        limit.check(BodyKind.TMX, Files.size(file.uploadedFile()));
        String fileName = file.fileName() == null || file.fileName().isBlank() ? MemoryService.name(memory).value() + ".tmx"
                : fileName(file.fileName());
        java.nio.file.Path spooled = imports.spoolFile();
        Files.move(file.uploadedFile(), spooled, StandardCopyOption.REPLACE_EXISTING);
        return startImport(memory, spooled, fileName);
    }

    private Response startImport(String memory, java.nio.file.Path file, String fileName) throws IOException {
        try {
            var name = MemoryService.name(memory);
            if (Files.size(file) == 0) {
                throw new ApiException(ProblemKind.BAD_REQUEST, "The TMX body is empty.");
            }
            String who = current.get().name();
            String detail = "file " + fileName + ", " + Files.size(file) + " bytes";
            if (Files.size(file) <= syncImportLimit) {
                ImportEntity done = imports.importNow(name, file, fileName, who);
                audit.record(who, AuditAction.IMPORT_STARTED, "import " + done.id, detail + ", memory " + name.value());
                return Response.ok(ImportResource.view(done)).build();
            }
            ImportEntity queued = imports.importLater(name, file, fileName, who);
            audit.record(who, AuditAction.IMPORT_STARTED, "import " + queued.id, detail + ", memory " + name.value());
            return address.accepted("/api/v1/imports/" + queued.id).entity(ImportResource.view(queued)).build();
        } catch (RuntimeException e) { // refused before the import took the file over (it deletes it when done)
            Files.deleteIfExists(file);
            throw e;
        }
    }

    /** The upload's file name is kept with the import and as the origin of its units: a name that fits and XML can carry. */
    private static String fileName(String name) {
        String problem = TextRules.plain(name, Columns.NAME, true);
        if (problem != null) {
            throw new ApiException(ProblemKind.VALIDATION, "The file name " + problem + ".");
        }
        return name;
    }

    private static ApiException unknownUnit(String memory, long id) {
        return new ApiException(ProblemKind.NOT_FOUND, "Memory '" + memory + "' has no unit " + id + ".");
    }
}
