package org.tarjoman.api.job;

/** A submission the job service refuses, with the reason a newsroom developer needs. */
public class InvalidJobRequest extends RuntimeException {

    /** What is wrong, so the answer can name it: a field's value, the format, or a target language. */
    public enum Reason { INVALID_FIELD, UNSUPPORTED_FORMAT, UNSUPPORTED_LANGUAGE }

    private final Reason reason;

    InvalidJobRequest(Reason reason, String detail) {
        super(detail);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
