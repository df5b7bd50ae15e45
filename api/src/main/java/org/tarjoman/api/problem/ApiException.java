package org.tarjoman.api.problem;

import java.util.Map;

/** A request the API refuses, with a message safe to show the client; mapped by {@link ProblemMapper}. */
public class ApiException extends RuntimeException {

    private final ProblemKind kind;
    private final Map<String, Object> extensions;

    public ApiException(ProblemKind kind, String detail) {
        this(kind, detail, Map.of());
    }

    /** With RFC 9457 extension members, e.g. the current state of what conflicted. */
    public ApiException(ProblemKind kind, String detail, Map<String, Object> extensions) {
        super(detail);
        this.kind = kind;
        this.extensions = extensions;
    }

    public ProblemKind kind() {
        return kind;
    }

    public Map<String, Object> extensions() {
        return extensions;
    }
}
