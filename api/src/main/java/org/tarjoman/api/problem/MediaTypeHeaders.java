package org.tarjoman.api.problem;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A {@code Content-Type} that does not parse ({@code ;;;}, {@code text/}) is the client's error: RESTEasy
 * parses it while choosing the method and would fail with a 500. Checked before matching, it answers
 * 415 like any type no endpoint takes; a multipart type with an empty {@code boundary=}, on which the
 * form parser fails the same way, 400.
 */
public class MediaTypeHeaders {

    @ServerRequestFilter(preMatching = true)
    public void check(ContainerRequestContext request) {
        String contentType = request.getHeaderString(HttpHeaders.CONTENT_TYPE);
        if (contentType == null || contentType.isBlank()) {
            return;
        }
        MediaType type;
        try {
            type = MediaType.valueOf(contentType);
        } catch (IllegalArgumentException e) {
            throw new ApiException(ProblemKind.UNSUPPORTED_MEDIA_TYPE, "Content-Type '" + contentType
                    + "' cannot be parsed as a media type.");
        }
        String boundary = type.getParameters().get("boundary");
        if (type.getType().equalsIgnoreCase("multipart") && boundary != null && boundary.isBlank()) {
            throw new ApiException(ProblemKind.MALFORMED_BODY, "Content-Type '" + contentType
                    + "' has an empty boundary: the parts of the body cannot be told apart.");
        }
    }
}
