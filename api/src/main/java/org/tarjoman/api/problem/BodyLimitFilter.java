package org.tarjoman.api.problem;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Gives every request its endpoint's {@link BodyKind} and refuses a declared length over its limit
 * before a byte of the body is read; {@link BodyLimitInterceptor} then counts what is read.
 */
public class BodyLimitFilter {

    /** The request property holding the endpoint's {@link BodyKind}. */
    static final String KIND = BodyKind.class.getName();

    private final BodyLimit limit;

    BodyLimitFilter(BodyLimit limit) {
        this.limit = limit;
    }

    @ServerRequestFilter
    public void declaredLength(ContainerRequestContext request, ResourceInfo endpoint) {
        BodyKind kind = BodyKind.of(endpoint.getResourceMethod());
        request.setProperty(KIND, kind);
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length == null) {
            return; // chunked: only the bytes read tell
        }
        try {
            limit.check(kind, Long.parseLong(length.trim()));
        } catch (NumberFormatException e) {
            throw new ApiException(ProblemKind.BAD_REQUEST, "Content-Length '" + length + "' is not a number.");
        }
    }
}
