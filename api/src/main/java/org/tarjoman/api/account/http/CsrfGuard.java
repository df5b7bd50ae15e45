package org.tarjoman.api.account.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;

import org.tarjoman.api.account.AuthKind;
import org.tarjoman.api.account.Principal;
import org.tarjoman.api.config.TarjomanConfig;
import org.tarjoman.api.problem.HttpProblems;

/**
 * Cross-site request forgery: a write (POST, PUT, PATCH, DELETE) authenticated by the session cookie
 * must prove it comes from our pages. Double submit: every signed-in request that lacks it gets a
 * random {@value #COOKIE} cookie that scripts can read (not HttpOnly; {@code SameSite=Strict}), and
 * our pages send its value back in {@value #HEADER}; another site can make the browser send the
 * cookie, never read it. The two are compared in constant time, and an {@code Origin} other than our
 * own is refused as well. Requests with an API key carry no ambient credential and are not checked.
 *
 * <p>Not {@code quarkus-rest-csrf}: it guards form posts and headers for every request alike and has no
 * way to leave bearer-key requests alone; systems would have to fetch a token first.
 */
@ApplicationScoped
class CsrfGuard {

    static final String COOKIE = "tarjoman-csrf";
    static final String HEADER = "X-CSRF-Token";
    /** Right after {@link AccessGate}: the request is known to be authenticated. */
    static final int PRIORITY = 80;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final HttpProblems problems;
    private final boolean secureCookies;

    CsrfGuard(HttpProblems problems, TarjomanConfig config) {
        this.problems = problems;
        this.secureCookies = config.security().secureCookies();
    }

    void register(@Observes Filters filters) {
        filters.register(this::check, PRIORITY);
    }

    private void check(RoutingContext context) {
        if (!bySession(context)) {
            context.next();
            return;
        }
        HttpServerRequest request = context.request();
        Cookie cookie = request.getCookie(COOKIE);
        if (WriteMethods.contains(request.method().name())) {
            String refusal = refusal(request, cookie);
            if (refusal != null) {
                problems.forbidden(context, refusal);
                return;
            }
        }
        if (cookie == null) {
            context.response().addCookie(newToken(request.isSSL() || secureCookies));
        }
        context.next();
    }

    private static String refusal(HttpServerRequest request, Cookie cookie) {
        String origin = request.getHeader("Origin");
        if (origin != null && !sameOrigin(origin, request)) {
            return "A signed-in write from another site (Origin " + origin + ") is refused.";
        }
        String token = request.getHeader(HEADER);
        if (cookie == null || token == null || !MessageDigest.isEqual(cookie.getValue().getBytes(StandardCharsets.UTF_8),
                token.getBytes(StandardCharsets.UTF_8))) {
            return "A signed-in write needs the " + HEADER + " header with the value of the " + COOKIE
                    + " cookie (our pages send it).";
        }
        return null;
    }

    private static boolean sameOrigin(String origin, HttpServerRequest request) {
        try {
            java.net.URI uri = java.net.URI.create(origin);
            var authority = request.authority();
            if (uri.getHost() == null || authority == null) {
                return false;
            }
            int originPort = uri.getPort() != -1 ? uri.getPort() : "https".equals(uri.getScheme()) ? 443 : 80;
            int ownPort = authority.port() != -1 ? authority.port() : request.isSSL() ? 443 : 80;
            return uri.getHost().toLowerCase(Locale.ROOT).equals(authority.host().toLowerCase(Locale.ROOT))
                    && originPort == ownPort;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean bySession(RoutingContext context) {
        if (!(context.user() instanceof QuarkusHttpUser user)) {
            return false;
        }
        Principal principal = user.getSecurityIdentity().getAttribute(Principal.ATTRIBUTE);
        return principal != null && principal.kind() == AuthKind.SESSION;
    }

    private static Cookie newToken(boolean secure) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Cookie.cookie(COOKIE, Base64.getUrlEncoder().withoutPadding().encodeToString(bytes)).setPath("/")
                .setSameSite(CookieSameSite.STRICT).setHttpOnly(false).setSecure(secure);
    }
}
