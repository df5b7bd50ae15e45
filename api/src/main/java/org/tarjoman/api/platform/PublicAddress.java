package org.tarjoman.api.platform;

import java.net.URI;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import org.tarjoman.api.config.TarjomanConfig;

/**
 * Where an answer points to: under {@code tarjoman.public-url} when it is set, else a path relative to
 * the request (RFC 9110 allows a relative {@code Location}). JAX-RS would resolve a relative
 * {@code Location} against the request's own {@code Host} header, which any client may forge, so
 * answers set the header here instead of through {@code Response.created}. Redirects Quarkus makes
 * itself (form sign-in's landing page) are built from the request's {@code Host} too: {@link #install}
 * points them here as they leave.
 */
@ApplicationScoped
public class PublicAddress {

    private final Optional<URI> base;

    @Inject
    PublicAddress(TarjomanConfig config) {
        this(config.publicUrl());
    }

    PublicAddress(Optional<URI> base) {
        this.base = base;
    }

    /** First of all routes, so that it also sees the answers the sign-in mechanism ends itself. */
    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(context -> {
            context.addHeadersEndHandler(ended -> relink(context));
            context.next();
        });
    }

    /** A {@code Location} on the request's own host (as the client named it) becomes one of ours. */
    private void relink(RoutingContext context) {
        HttpServerResponse response = context.response();
        String location = response.headers().get(HttpHeaders.LOCATION);
        HttpServerRequest request = context.request();
        if (location == null || request.authority() == null) {
            return;
        }
        try {
            URI uri = URI.create(location);
            if (uri.isAbsolute() && uri.getRawAuthority() != null
                    && uri.getRawAuthority().equalsIgnoreCase(request.authority().toString())) {
                String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
                String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
                String fragment = uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment();
                response.headers().set(HttpHeaders.LOCATION, of(path + query + fragment));
            }
        } catch (IllegalArgumentException e) {
            // not a URI we made: leave it
        }
    }

    /** {@code path} (starting with {@code /}) as the address clients should use. */
    public String of(String path) {
        return base.map(url -> url.toString().replaceAll("/+$", "") + path).orElse(path);
    }

    /** 201 Created at {@code path}. */
    public Response.ResponseBuilder created(String path) {
        return Response.status(Response.Status.CREATED).header(HttpHeaders.LOCATION, of(path));
    }

    /** 202 Accepted, followed at {@code path}. */
    public Response.ResponseBuilder accepted(String path) {
        return Response.status(Response.Status.ACCEPTED).header(HttpHeaders.LOCATION, of(path));
    }
}
