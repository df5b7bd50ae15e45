package org.tarjoman.api.platform;

import java.net.URI;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.tarjoman.api.config.TarjomanConfig;

/**
 * Where an answer points to: under {@code tarjoman.public-url} when it is set, else a path relative to
 * the request (RFC 9110 allows a relative {@code Location}). JAX-RS would resolve a relative
 * {@code Location} against the request's own {@code Host} header, which any client may forge, so
 * answers set the header here instead of through {@code Response.created}.
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
