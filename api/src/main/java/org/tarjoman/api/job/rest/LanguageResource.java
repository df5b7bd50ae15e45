package org.tarjoman.api.job.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tarjoman.api.account.Scope;
import org.tarjoman.api.config.TarjomanConfig;
import org.tarjoman.core.ArticleSegmenter;

/** The languages jobs can be submitted in and to, as configured (the submit page offers these). */
@Path("/api/v1/languages")
@Tag(name = "Jobs")
@Produces(MediaType.APPLICATION_JSON)
public class LanguageResource {

    @Schema(name = "Languages")
    public record Languages(@Schema(examples = "fa") String source, @Schema(examples = "[\"en\", \"ru\"]") List<String> targets) {
    }

    private final Languages languages;

    LanguageResource(TarjomanConfig config) {
        this.languages = new Languages(ArticleSegmenter.PERSIAN, List.copyOf(config.jobs().targetLanguages()));
    }

    @GET
    @RolesAllowed(Scope.Names.JOBS_READ)
    @Operation(summary = "The source language and the target languages jobs may ask for")
    public Languages languages() {
        return languages;
    }
}
