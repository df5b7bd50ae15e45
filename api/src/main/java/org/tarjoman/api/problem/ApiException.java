package org.tarjoman.api.problem;

/** A request the API refuses, with a message safe to show the client; mapped by {@link ProblemMapper}. */
public class ApiException extends RuntimeException {

    private final ProblemKind kind;

    public ApiException(ProblemKind kind, String detail) {
        super(detail);
        this.kind = kind;
    }

    public ProblemKind kind() {
        return kind;
    }
}
