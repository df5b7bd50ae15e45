package org.tarjoman.api.problem;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.List;
import java.util.Optional;

import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.UriInfo;

/**
 * Names the query or path parameter that RESTEasy Reactive could not convert ({@code limit=abc},
 * {@code page=99999999999}): it reports only a {@code NotFoundException} (JAX-RS's rule for these two
 * kinds of parameter) caused by the converter's exception, so the resource method's parameters are
 * converted again here, the same way, until one fails.
 *
 * @param name    the parameter as the client wrote it
 * @param inPath  a path parameter ({@code /jobs/abc}): that address names nothing, a 404
 * @param message what the value must be, e.g. {@code must be a whole number from 0 to 2147483647}
 */
record UnreadableParameter(String name, boolean inPath, String message) {

    static Optional<UnreadableParameter> find(Method method, UriInfo uri) {
        if (method == null) {
            return Optional.empty();
        }
        for (Parameter parameter : method.getParameters()) {
            QueryParam query = parameter.getAnnotation(QueryParam.class);
            PathParam path = parameter.getAnnotation(PathParam.class);
            String name = query != null ? query.value() : path != null ? path.value() : null;
            if (name == null) {
                continue;
            }
            List<String> values = (query != null ? uri.getQueryParameters() : uri.getPathParameters()).get(name);
            for (String value : values == null ? List.<String>of() : values) {
                String message = problem(parameter.getType(), value);
                if (message != null) {
                    return Optional.of(new UnreadableParameter(name, query == null, message));
                }
            }
        }
        return Optional.empty();
    }

    /** Null when the value converts as RESTEasy converts it ({@code Integer.valueOf} and the like). */
    private static String problem(Class<?> type, String value) {
        try {
            if (type == int.class || type == Integer.class) {
                Integer.valueOf(value);
            } else if (type == long.class || type == Long.class) {
                Long.valueOf(value);
            } else if (type == double.class || type == Double.class) {
                Double.valueOf(value);
            }
            return null;
        } catch (NumberFormatException e) {
            if (type == int.class || type == Integer.class) {
                return "must be a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE;
            }
            return type == long.class || type == Long.class
                    ? "must be a whole number from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE
                    : "must be a number";
        }
    }
}
