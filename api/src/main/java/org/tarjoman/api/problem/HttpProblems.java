package org.tarjoman.api.problem;

import java.nio.charset.StandardCharsets;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;

/**
 * Problems answered on the HTTP router, before RESTEasy: a refused sign-in or key, a request without
 * credentials, a write without its CSRF token. The API ({@code /api}, {@code /q}) gets problem+json, never
 * a redirect; a page gets a 401 whose HTML sends the browser to the sign-in page (a meta refresh, no script).
 */
@ApplicationScoped
public class HttpProblems {

    static final String SIGN_IN_PAGE = "/sign-in.html";
    private static final String SIGN_IN_HTML = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><meta http-equiv="refresh" content="0; url=/sign-in.html">
            <title>Sign in — Tarjoman</title></head>
            <body><p>Please <a href="/sign-in.html">sign in</a>.</p></body></html>
            """;

    private final ObjectMapper json;

    HttpProblems(ObjectMapper json) {
        this.json = json;
    }

    public void unauthenticated(RoutingContext context, String detail) {
        String path = context.request().path();
        HttpServerResponse response = context.response().setStatusCode(401);
        response.headers().remove(HttpHeaders.LOCATION);
        if (isApi(path)) {
            response.headers().set("WWW-Authenticate", "Bearer realm=\"tarjoman\"");
            write(context, ProblemKind.UNAUTHENTICATED, detail);
        } else {
            response.putHeader(HttpHeaders.CONTENT_TYPE, "text/html;charset=UTF-8")
                    .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                    .end(SIGN_IN_HTML);
        }
    }

    public void forbidden(RoutingContext context, String detail) {
        context.response().setStatusCode(403);
        write(context, ProblemKind.FORBIDDEN, detail);
    }

    static boolean isApi(String path) {
        return path == null || path.startsWith("/api/") || path.startsWith("/q/");
    }

    private void write(RoutingContext context, ProblemKind kind, String detail) {
        Problem problem = new Problem(kind.type(), kind.title(), kind.status(), detail, context.request().path(), null, null);
        try {
            byte[] body = json.writeValueAsBytes(problem);
            context.response().setStatusCode(kind.status()).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .end(io.vertx.core.buffer.Buffer.buffer(body));
        } catch (JsonProcessingException e) {
            context.response().setStatusCode(kind.status()).end(detail == null ? "" : detail, StandardCharsets.UTF_8.name());
        }
    }
}
