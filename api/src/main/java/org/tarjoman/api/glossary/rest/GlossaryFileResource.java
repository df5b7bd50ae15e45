package org.tarjoman.api.glossary.rest;

import java.io.InputStream;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tarjoman.api.account.CurrentPrincipal;
import org.tarjoman.api.account.Scope;
import org.tarjoman.api.glossary.GlossaryImport;
import org.tarjoman.api.glossary.GlossaryImport.Outcome;
import org.tarjoman.api.glossary.GlossaryPair;
import org.tarjoman.api.glossary.file.GlossaryCsv;
import org.tarjoman.api.glossary.file.GlossaryTbx;
import org.tarjoman.api.glossary.file.Utf8Body;
import org.tarjoman.api.problem.BodyKind;
import org.tarjoman.api.problem.LimitedBody;
import org.tarjoman.api.problem.Problem;

/** A pair's glossary as a file: CSV and TBX-Basic export and import (all or nothing, duplicates merged). */
@Path("/api/v1/glossaries/{pair}")
@Tag(name = "Glossary")
@APIResponse(responseCode = "404", description = "No such glossary",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class GlossaryFileResource {

    private final GlossaryImport files;
    private final CurrentPrincipal current;

    GlossaryFileResource(GlossaryImport files, CurrentPrincipal current) {
        this.files = files;
        this.current = current;
    }

    @GET
    @Path("/terms.csv")
    @Produces(GlossaryCsv.MEDIA_TYPE)
    @RolesAllowed({Scope.Names.JOBS_READ, Scope.Names.MEMORY_READ})
    @Operation(summary = "The glossary as CSV", description = "RFC 4180, UTF-8, header source,target,alternatives,"
            + "forbidden,partOfSpeech,domain,note; several alternatives or forbidden translations separated by |.")
    public Response csv(@PathParam("pair") String pair) {
        GlossaryPair glossary = GlossaryPair.of(pair);
        return Response.ok(GlossaryCsv.write(files.all(glossary)), GlossaryCsv.MEDIA_TYPE + ";charset=UTF-8")
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"tarjoman-glossary-" + glossary.value()
                        + ".csv\"").build();
    }

    @POST
    @Path("/terms.csv")
    @Consumes({GlossaryCsv.MEDIA_TYPE, MediaType.TEXT_PLAIN})
    @Produces(MediaType.APPLICATION_JSON)
    @LimitedBody(BodyKind.XLIFF)
    @RolesAllowed(Scope.Names.GLOSSARY_WRITE)
    @Operation(summary = "Import terms from CSV", description = "Columns as the export's (source and target required, "
            + "the others optional, any order). All or nothing: the first bad row answers 400 naming its line and "
            + "reason. A row the glossary translates so already (source in any spelling, target in any case) is merged "
            + "into that term. Audited with the counts. Bodies up to tarjoman.xliff.max-body-size.")
    @APIResponse(responseCode = "400", description = "The file cannot be imported; nothing was",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Outcome importCsv(@PathParam("pair") String pair, InputStream body) {
        GlossaryPair glossary = GlossaryPair.of(pair);
        return files.importRows(glossary, GlossaryCsv.read(Utf8Body.read(body)), "CSV", current.get().name());
    }

    @GET
    @Path("/terms.tbx")
    @Produces(GlossaryTbx.MEDIA_TYPE)
    @RolesAllowed({Scope.Names.JOBS_READ, Scope.Names.MEMORY_READ})
    @Operation(summary = "The glossary as TBX-Basic (TBX v3, ISO 30042:2019, DCA style)", description = "One conceptEntry "
            + "per term: domain as subjectField, note, a Persian langSec and a target langSec whose termSecs carry "
            + "administrativeStatus preferredTerm-admn-sts (target), admittedTerm-admn-sts (alternatives) and "
            + "deprecatedTerm-admn-sts (forbidden); partOfSpeech on the Persian term.")
    public Response tbx(@PathParam("pair") String pair) {
        GlossaryPair glossary = GlossaryPair.of(pair);
        return Response.ok(GlossaryTbx.write(glossary, files.all(glossary)), GlossaryTbx.MEDIA_TYPE + ";charset=UTF-8")
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"tarjoman-glossary-" + glossary.value()
                        + ".tbx\"").build();
    }

    @POST
    @Path("/terms.tbx")
    @Consumes({GlossaryTbx.MEDIA_TYPE, MediaType.APPLICATION_XML, MediaType.TEXT_XML})
    @Produces(MediaType.APPLICATION_JSON)
    @LimitedBody(BodyKind.XLIFF)
    @RolesAllowed(Scope.Names.GLOSSARY_WRITE)
    @Operation(summary = "Import terms from TBX-Basic", description = "As the export writes it; other data categories "
            + "are skipped. Read without DTD or entities. All or nothing, duplicates merged, audited, as the CSV import.")
    @APIResponse(responseCode = "400", description = "The file cannot be imported; nothing was",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Outcome importTbx(@PathParam("pair") String pair, InputStream body) {
        GlossaryPair glossary = GlossaryPair.of(pair);
        return files.importRows(glossary, GlossaryTbx.read(glossary, Utf8Body.read(body)), "TBX", current.get().name());
    }
}
