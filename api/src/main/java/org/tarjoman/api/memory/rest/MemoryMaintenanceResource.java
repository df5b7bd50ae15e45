package org.tarjoman.api.memory.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tarjoman.api.account.AuditAction;
import org.tarjoman.api.account.AuditLog;
import org.tarjoman.api.account.CurrentPrincipal;
import org.tarjoman.api.account.Scope;
import org.tarjoman.api.memory.MaintenanceViews.DeletionView;
import org.tarjoman.api.memory.MaintenanceViews.HistoryEntryView;
import org.tarjoman.api.memory.MaintenanceViews.ReplacementPreview;
import org.tarjoman.api.memory.MaintenanceViews.ReplacementRequest;
import org.tarjoman.api.memory.MaintenanceViews.ReplacementResult;
import org.tarjoman.api.memory.MaintenanceViews.StatisticsView;
import org.tarjoman.api.memory.MaintenanceViews.UnitPage;
import org.tarjoman.api.memory.MemoryMaintenance;
import org.tarjoman.api.memory.TargetReplacements;
import org.tarjoman.api.memory.UnitFilter;
import org.tarjoman.api.problem.ApiException;
import org.tarjoman.api.problem.Problem;
import org.tarjoman.api.problem.ProblemKind;

/** A coordinator's upkeep of a memory: search units by filter, delete them, find-and-replace in targets, statistics. */
@Path("/api/v1/memories/{memory}")
@Tag(name = "Translation memory maintenance")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", description = "Bad memory name, filter or body",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = "No such memory or unit",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class MemoryMaintenanceResource {

    private final MemoryMaintenance maintenance;
    private final TargetReplacements replacements;
    private final CurrentPrincipal current;
    private final AuditLog audit;

    MemoryMaintenanceResource(MemoryMaintenance maintenance, TargetReplacements replacements, CurrentPrincipal current,
                              AuditLog audit) {
        this.maintenance = maintenance;
        this.replacements = replacements;
        this.current = current;
        this.audit = audit;
    }

    @GET
    @Path("/units")
    @RolesAllowed(Scope.Names.MEMORY_READ)
    @Operation(summary = "Search units", description = "Units the filter selects, newest first, with their total; "
            + "pass the answer's next as after for the following page.")
    public UnitPage search(@PathParam("memory") @Parameter(example = "fa-en") String memory,
                           @BeanParam UnitFilterParams filter,
                           @QueryParam("after") @Parameter(description = "Only units older than this unit id") Long after,
                           @QueryParam("limit") @DefaultValue("50") @Min(value = 1, message = "must be between 1 and 500")
                           @Max(value = 500, message = "must be between 1 and 500") int limit) {
        return maintenance.search(memory, filter.filter(), after, limit);
    }

    @DELETE
    @Path("/units")
    @RolesAllowed(Scope.Names.MEMORY_WRITE)
    @Operation(summary = "Delete the units a filter selects", description = "All in one transaction; the units stop "
            + "matching at once on every node. Without any filter the request is refused, unless all=true.")
    public DeletionView deleteMatching(@PathParam("memory") String memory, @BeanParam UnitFilterParams filter,
                                       @QueryParam("all") @DefaultValue("false")
                                       @Parameter(description = "Delete every unit when no filter is given") boolean all) {
        UnitFilter selected = filter.filter();
        int deleted = maintenance.delete(memory, selected, all);
        audit.record(current.get().name(), AuditAction.UNITS_DELETED, "memory " + memory,
                deleted + " units: " + selected.describe());
        return new DeletionView(deleted, selected.describe());
    }

    @POST
    @Path("/replacements/preview")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Scope.Names.MEMORY_WRITE)
    @Operation(summary = "Preview a find-and-replace in targets", description = "Changes nothing: the units the "
            + "replacement would change with their targets before and after, and the units it would refuse (an "
            + "occurrence across an inline code, a target left empty).")
    public ReplacementPreview preview(@PathParam("memory") String memory,
                                      @Valid @NotNull(message = "is required") ReplacementRequest request) {
        return replacements.preview(memory, request);
    }

    @POST
    @Path("/replacements")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Scope.Names.MEMORY_WRITE)
    @Operation(summary = "Find and replace in targets", description = "The same request as the preview, applied in "
            + "batches; each changed unit keeps its previous target in its history under the answer's operationId.")
    public ReplacementResult replace(@PathParam("memory") String memory,
                                     @Valid @NotNull(message = "is required") ReplacementRequest request) {
        String caller = current.get().name();
        ReplacementResult result = replacements.apply(memory, request, caller);
        audit.record(caller, AuditAction.UNITS_REPLACED, "memory " + memory, "operation " + result.operationId() + ": "
                + request.describe() + " in " + request.unitFilter().describe() + "; " + result.replaced() + " units, "
                + result.refused().size() + " refused");
        return result;
    }

    @GET
    @Path("/units/{id}/history")
    @RolesAllowed(Scope.Names.MEMORY_READ)
    @Operation(summary = "A unit's earlier targets, oldest first")
    public List<HistoryEntryView> history(@PathParam("memory") String memory, @PathParam("id") long id) {
        return maintenance.history(memory, id).orElseThrow(() -> new ApiException(ProblemKind.NOT_FOUND,
                "Memory '" + memory + "' has no unit " + id + "."));
    }

    @GET
    @Path("/statistics")
    @RolesAllowed(Scope.Names.MEMORY_READ)
    @Operation(summary = "Units per author and month", description = "Live units counted by who last confirmed them "
            + "and the month (UTC) they did, per author and in all; the filter narrows what is counted.")
    public StatisticsView statistics(@PathParam("memory") String memory, @BeanParam UnitFilterParams filter) {
        return maintenance.statistics(memory, filter.filter());
    }
}
