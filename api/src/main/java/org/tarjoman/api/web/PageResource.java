package org.tarjoman.api.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.security.Authenticated;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.tarjoman.api.problem.ApiException;
import org.tarjoman.api.problem.ProblemKind;

/**
 * The browser pages that live at addresses with path parameters: the job page and the editor.
 * The pages are static files of the {@code web} module; their scripts read the job id and the
 * language from the address, so this resource only checks that the address is well formed.
 */
@Path("/jobs")
@Authenticated
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
public class PageResource {

    private static final Pattern JOB_ID = Pattern.compile("[0-9]{1,18}");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");
    private static final String PAGES = "META-INF/resources/";

    private final Map<String, String> pages = new ConcurrentHashMap<>();

    @GET
    @Path("/{id}")
    @Operation(hidden = true)
    public Response job(@PathParam("id") String id) {
        checkJob(id);
        return page("job.html");
    }

    @GET
    @Path("/{id}/{lang}")
    @Operation(hidden = true)
    public Response editor(@PathParam("id") String id, @PathParam("lang") String language) {
        checkJob(id);
        if (!LANGUAGE.matcher(language).matches()) {
            throw new ApiException(ProblemKind.NOT_FOUND, "'" + language + "' is not a language tag such as en or ru.");
        }
        return page("editor.html");
    }

    private static void checkJob(String id) {
        if (!JOB_ID.matcher(id).matches()) {
            throw new ApiException(ProblemKind.NOT_FOUND, "'" + id + "' is not a job number.");
        }
    }

    private Response page(String name) {
        CacheControl noCache = new CacheControl();
        noCache.setNoCache(true);
        return Response.ok(pages.computeIfAbsent(name, PageResource::read)).cacheControl(noCache).build();
    }

    private static String read(String name) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(PAGES + name)) {
            if (in == null) {
                throw new IllegalStateException("The web module has no page " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
