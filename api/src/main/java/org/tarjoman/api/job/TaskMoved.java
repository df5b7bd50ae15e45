package org.tarjoman.api.job;

/**
 * A task's status followed its segments' to another working status: in review once every segment is
 * translated, back in translation when a reviewer sends segments back. Published inside the transaction
 * of the save; moves to DONE are {@link TaskDone}.
 */
public record TaskMoved(long jobId, String jobTitle, String language, String translator, String reviewer,
                        TaskStatus from, TaskStatus to) {

    /** A reviewer rejected (or reopened) segments of a task that was waiting for review. */
    public boolean sentBack() {
        return from == TaskStatus.IN_REVIEW && to == TaskStatus.IN_TRANSLATION;
    }

    /** Every segment is translated: the reviewer's turn. */
    public boolean readyForReview() {
        return to == TaskStatus.IN_REVIEW && (from == TaskStatus.OPEN || from == TaskStatus.IN_TRANSLATION);
    }
}
