package org.tarjoman.api.problem;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A {@code Content-Type} that does not parse ({@code ;;;}, {@code text/}) is the client's error: RESTEasy
 * parses it while choosing the method and would fail with a 500. Checked before matching, it answers
 * 415 like any type no endpoint takes.
 */
public class MediaTypeHeaders {

    @ServerRequestFilter(preMatching = true)
    public void check(ContainerRequestContext request) {
        String contentType = request.getHeaderString(HttpHeaders.CONTENT_TYPE);
        if (contentType == null || contentType.isBlank()) {
            return;
        }
        try {
            MediaType.valueOf(contentType);
        } catch (IllegalArgumentException e) {
            throw new ApiException(ProblemKind.UNSUPPORTED_MEDIA_TYPE, "Content-Type '" + contentType
                    + "' cannot be parsed as a media type.");
        }
    }
}
