package org.tarjoman.api.account.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tarjoman.api.config.TarjomanConfig;

/**
 * Quarkus marks the session cookie {@code Secure} only when the request itself came over TLS (or a
 * trusted proxy said so in {@code X-Forwarded-Proto}); {@code tarjoman.security.secure-cookies=true}
 * marks it so always, for a proxy that ends TLS without saying so. Cookies are written after the
 * headers-end handlers run, so they can still be changed there.
 */
@ApplicationScoped
class SecureCookies {

    /** Before form sign-in (150) writes the cookie. */
    static final int PRIORITY = 250;

    private final boolean enabled;
    private final String sessionCookie;

    SecureCookies(TarjomanConfig config,
                  @ConfigProperty(name = "quarkus.http.auth.form.cookie-name", defaultValue = "quarkus-credential") String sessionCookie) {
        this.enabled = config.security().secureCookies();
        this.sessionCookie = sessionCookie;
    }

    void register(@Observes Filters filters) {
        if (enabled) {
            filters.register(this::mark, PRIORITY);
        }
    }

    private void mark(RoutingContext context) {
        HttpServerResponse response = context.response();
        // the routing context's list, not the response's single handler: replacing that one drops the
        // handlers Quarkus registered there (the status and headers of a JAX-RS Response among them)
        context.addHeadersEndHandler(ignored -> {
            for (String name : new String[] {sessionCookie, CsrfGuard.COOKIE}) {
                Cookie cookie = response.removeCookie(name, false);
                if (cookie != null) {
                    response.addCookie(cookie.setSecure(true));
                }
            }
        });
        context.next();
    }
}
