package org.tarjoman.api.problem;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem detail: the one error shape every endpoint answers with.
 *
 * @param type     a URI naming the kind of problem, documented at {@code /problems.html}
 * @param errors   per-field messages for validation problems, absent otherwise
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "RFC 9457 problem details")
public record Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** Where the kinds of problem are described for client developers. */
    static final String TYPE_BASE = "/problems.html#";

    public record FieldError(String field, String message) {
    }
}
