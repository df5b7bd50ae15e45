package org.tarjoman.api.problem;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

/** Refuses bodies over the article limit from their Content-Length, before reading them. */
@Provider
@LimitedBody
public class BodyLimitFilter implements ContainerRequestFilter {

    private final BodyLimit limit;

    BodyLimitFilter(BodyLimit limit) {
        this.limit = limit;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length == null) {
            return; // chunked: the endpoint checks the bytes it read
        }
        try {
            limit.check(Long.parseLong(length.trim()));
        } catch (NumberFormatException e) {
            throw new ApiException(ProblemKind.BAD_REQUEST, "Content-Length '" + length + "' is not a number.");
        }
    }
}
