package org.tarjoman.api.job;

/** A job is OPEN until work starts on any task, IN_PROGRESS while it goes on, DONE when every task is. */
public enum JobStatus {
    OPEN,
    IN_PROGRESS,
    DONE
}
