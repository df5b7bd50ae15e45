package org.tarjoman.api.job;

/**
 * A move of a task to DONE that cannot be made: segments are not reviewed yet, or the task's QA report
 * has errors and nobody overrode them.
 */
public class TaskCompletionRefused extends RuntimeException {

    /** Why: the count means unreviewed segments or QA errors. */
    public enum Reason { NOT_REVIEWED, QA_ERRORS }

    private final Reason reason;
    private final int count;

    TaskCompletionRefused(Reason reason, int count, String detail) {
        super(detail);
        this.reason = reason;
        this.count = count;
    }

    public Reason reason() {
        return reason;
    }

    public int count() {
        return count;
    }
}
