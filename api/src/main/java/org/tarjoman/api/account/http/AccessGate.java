package org.tarjoman.api.account.http;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.RoutingContext;

import org.tarjoman.api.config.TarjomanConfig;
import org.tarjoman.api.problem.HttpProblems;

/**
 * Nothing but the sign-in page and what it needs, the error-type page and health answers a request
 * without a session or key: the API answers 401 problem+json, a page 401 with a way to the sign-in
 * page. Runs on the router after Quarkus authenticated the request (proactively), before any route;
 * what a signed-in caller may do is then decided per endpoint ({@code @RolesAllowed} with scopes) and
 * per task ({@code job.TaskAccess}). {@code tarjoman.security.open-docs} opens metrics and the API
 * description too.
 */
@ApplicationScoped
class AccessGate {

    /** After Quarkus' authentication (200), form sign-in (150) and HTTP permissions (100). */
    static final int PRIORITY = 90;

    private static final List<String> OPEN = List.of("/sign-in.html", "/problems.html", "/css/tarjoman.css",
            "/css/sign-in.css", "/favicon.ico", "/j_security_check");
    private static final List<String> OPEN_TREES = List.of("/q/health");
    private static final List<String> DOCS_TREES = List.of("/q/openapi", "/q/swagger-ui", "/q/metrics");

    private final HttpProblems problems;
    private final boolean openDocs;

    AccessGate(HttpProblems problems, TarjomanConfig config) {
        this.problems = problems;
        this.openDocs = config.security().openDocs();
    }

    void register(@Observes Filters filters) {
        filters.register(this::check, PRIORITY);
    }

    private void check(RoutingContext context) {
        if (open(context.normalizedPath()) || !anonymous(context)) {
            context.next();
            return;
        }
        problems.unauthenticated(context, "Sign in, or send an API key as 'Authorization: Bearer <key>'.");
    }

    boolean open(String path) {
        return OPEN.contains(path) || under(path, OPEN_TREES) || openDocs && under(path, DOCS_TREES);
    }

    private static boolean under(String path, List<String> trees) {
        return trees.stream().anyMatch(tree -> path.equals(tree) || path.startsWith(tree + "/"));
    }

    static boolean anonymous(RoutingContext context) {
        SecurityIdentity identity = context.user() instanceof QuarkusHttpUser user ? user.getSecurityIdentity() : null;
        return identity == null || identity.isAnonymous();
    }
}
