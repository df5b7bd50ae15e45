package org.tarjoman.api.memory.rest;

import java.util.Arrays;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tarjoman.api.account.Scope;
import org.tarjoman.api.memory.ImportEntity;
import org.tarjoman.api.memory.MemoryViews.ImportView;
import org.tarjoman.api.memory.TmxImports;
import org.tarjoman.api.problem.ApiException;
import org.tarjoman.api.problem.ProblemKind;

/** Progress and outcome of TMX imports. */
@Path("/api/v1/imports")
@Tag(name = "Translation memory")
@Produces(MediaType.APPLICATION_JSON)
public class ImportResource {

    private final TmxImports imports;

    ImportResource(TmxImports imports) {
        this.imports = imports;
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Scope.Names.MEMORY_READ)
    @Operation(summary = "Follow an import", description = "State, units processed so far, counts, and the reasons "
            + "for skipped or rejected units (or the error that failed the import).")
    public ImportView get(@PathParam("id") String id) {
        return imports.find(id).map(ImportResource::view)
                .orElseThrow(() -> new ApiException(ProblemKind.NOT_FOUND, "There is no import '" + id + "'."));
    }

    static ImportView view(ImportEntity e) {
        List<String> messages = e.messages == null || e.messages.isEmpty() ? null : Arrays.asList(e.messages.split("\n"));
        return new ImportView(e.id, e.memory, e.fileName, e.state.name(), e.unitsProcessed, e.added, e.merged, e.skipped,
                e.rejected, messages, e.createdAt, e.finishedAt);
    }
}
