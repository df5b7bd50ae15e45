package org.tarjoman.api.glossary.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tarjoman.api.account.CurrentPrincipal;
import org.tarjoman.api.account.Scope;
import org.tarjoman.api.glossary.Glossary;
import org.tarjoman.api.glossary.GlossaryPair;
import org.tarjoman.api.glossary.GlossaryViews.TermPage;
import org.tarjoman.api.glossary.GlossaryViews.TermRequest;
import org.tarjoman.api.glossary.GlossaryViews.TermView;
import org.tarjoman.api.platform.PublicAddress;
import org.tarjoman.api.problem.Problem;

/** The glossary of a pair (fa-en, fa-ru): its terms listed, read, added, changed and removed. */
@Path("/api/v1/glossaries/{pair}/terms")
@Tag(name = "Glossary")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", description = "Bad term, page or filter",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = "No such glossary or term",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class GlossaryResource {

    static final String BASE = "/api/v1/glossaries/";

    private final Glossary glossary;
    private final CurrentPrincipal current;
    private final PublicAddress address;

    GlossaryResource(Glossary glossary, CurrentPrincipal current, PublicAddress address) {
        this.glossary = glossary;
        this.current = current;
        this.address = address;
    }

    @GET
    @RolesAllowed({Scope.Names.JOBS_READ, Scope.Names.MEMORY_READ})
    @Operation(summary = "A page of the glossary's terms, oldest first",
            description = "q finds the text in the source (in any spelling: ي/ی, ك/ک, ZWNJ or space) or in the preferred "
                    + "translation; domain keeps one domain.")
    public TermPage list(@PathParam("pair") @Parameter(example = "fa-en") String pair,
                         @QueryParam("q") String q, @QueryParam("domain") String domain,
                         @QueryParam("page") @DefaultValue("0") @Min(value = 0, message = "must not be negative") int page,
                         @QueryParam("size") @DefaultValue("50") @Min(value = 1, message = "must be between 1 and 500")
                         @Max(value = 500, message = "must be between 1 and 500") int size) {
        return glossary.list(GlossaryPair.of(pair), q, domain, page, size);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Scope.Names.JOBS_READ, Scope.Names.MEMORY_READ})
    @Operation(summary = "A term")
    public TermView get(@PathParam("pair") String pair, @PathParam("id") long id) {
        return glossary.get(GlossaryPair.of(pair), id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Scope.Names.GLOSSARY_WRITE)
    @Operation(summary = "Add a term", description = "A forbidden translation may not also be allowed. Audited.")
    @APIResponse(responseCode = "201", description = "Added; Location names the term")
    @APIResponse(responseCode = "409", description = "The glossary translates this term (in any spelling) so already; "
            + "termId names the entry", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public Response create(@PathParam("pair") String pair, @Valid @NotNull(message = "is required") TermRequest request) {
        GlossaryPair glossaryPair = GlossaryPair.of(pair);
        TermView created = glossary.create(glossaryPair, request, current.get().name());
        return address.created(BASE + glossaryPair.value() + "/terms/" + created.id()).entity(created).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Scope.Names.GLOSSARY_WRITE)
    @Operation(summary = "Change a term", description = "The body is the whole term; fields left out are emptied. Audited.")
    @APIResponse(responseCode = "409", description = "Another entry translates this term (in any spelling) so already",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public TermView update(@PathParam("pair") String pair, @PathParam("id") long id,
                           @Valid @NotNull(message = "is required") TermRequest request) {
        return glossary.update(GlossaryPair.of(pair), id, request, current.get().name());
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Scope.Names.GLOSSARY_WRITE)
    @Operation(summary = "Remove a term", description = "Audited with what the term said.")
    @APIResponse(responseCode = "204", description = "Removed")
    public void delete(@PathParam("pair") String pair, @PathParam("id") long id) {
        glossary.delete(GlossaryPair.of(pair), id, current.get().name());
    }
}
