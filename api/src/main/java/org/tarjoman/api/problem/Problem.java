package org.tarjoman.api.problem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem detail: the one error shape every endpoint answers with. Extension members
 * (RFC 9457 §3.2) carry what a client needs to act: the current translation on a conflict, the
 * allowed status moves on a refused one.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"type", "title", "status", "detail", "instance", "errors"})
@Schema(name = "Problem", description = "RFC 9457 problem details")
public final class Problem {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** Where the kinds of problem are described for client developers. */
    static final String TYPE_BASE = "/problems.html#";

    @Schema(description = "A URI naming the kind of problem, documented at /problems.html")
    public final String type;
    public final String title;
    public final int status;
    public final String detail;
    public final String instance;
    @Schema(description = "Per-field messages for validation problems")
    public final List<FieldError> errors;
    private final Map<String, Object> extensions;

    public Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors,
                   Map<String, Object> extensions) {
        this.type = type;
        this.title = title;
        this.status = status;
        this.detail = detail;
        this.instance = instance;
        this.errors = errors;
        this.extensions = extensions == null ? Map.of() : new LinkedHashMap<>(extensions);
    }

    @JsonAnyGetter
    public Map<String, Object> extensions() {
        return extensions;
    }

    public record FieldError(String field, String message) {
    }
}
