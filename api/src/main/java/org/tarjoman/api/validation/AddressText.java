package org.tarjoman.api.validation;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.tarjoman.api.problem.ApiException;
import org.tarjoman.api.problem.ProblemKind;
import org.tarjoman.core.xml.XmlChars;

/**
 * The path and query of a request are text like any body: a memory name or a search term with
 * {@code %00} in it would reach the database, and PostgreSQL refuses NUL in any text with an error
 * of its own. So a decoded path segment or query value holding a character no stored text may hold
 * ({@link XmlChars}) is refused before any endpoint runs, naming where it is.
 */
public class AddressText {

    @ServerRequestFilter(preMatching = true)
    public void check(ContainerRequestContext request) {
        UriInfo uri = request.getUriInfo();
        refuseIllegal("the path", uri.getPath());
        for (Map.Entry<String, List<String>> parameter : uri.getQueryParameters().entrySet()) {
            refuseIllegal("query parameter '" + parameter.getKey() + "'", parameter.getKey());
            for (String value : parameter.getValue()) {
                refuseIllegal("query parameter '" + parameter.getKey() + "'", value);
            }
        }
    }

    private static void refuseIllegal(String where, String text) {
        int at = XmlChars.firstIllegal(text);
        if (at >= 0) {
            throw new ApiException(ProblemKind.BAD_REQUEST, "The address holds " + XmlChars.describe(text, at)
                    + " in " + where + ", a character no text may hold.");
        }
    }
}
