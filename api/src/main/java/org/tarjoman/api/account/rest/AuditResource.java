package org.tarjoman.api.account.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tarjoman.api.account.AccountViews.AuditPage;
import org.tarjoman.api.account.AuditLog;
import org.tarjoman.api.account.Scope;

/** The audit log, for admins. */
@Path("/api/v1/audit")
@Tag(name = "Accounts")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Scope.Names.ADMIN)
public class AuditResource {

    private final AuditLog audit;

    AuditResource(AuditLog audit) {
        this.audit = audit;
    }

    @GET
    @Operation(summary = "The audit log, newest first", description = "Sign-ins and failed ones, sign-outs, writes made "
            + "with API keys (at most one entry per key and minute), changes of users and keys, forced XLIFF imports, "
            + "deleted memory units.")
    public AuditPage page(@QueryParam("page") @DefaultValue("0") @Min(value = 0, message = "must not be negative") int page,
                          @QueryParam("size") @DefaultValue("50") @Min(value = 1, message = "must be between 1 and 500")
                          @Max(value = 500, message = "must be between 1 and 500") int size) {
        return audit.page(page, size);
    }
}
