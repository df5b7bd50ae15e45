package org.tarjoman.api.job;

/** A delivered task was reopened for a correction, starting {@code round}; published inside that transaction. */
public record TaskReopened(long jobId, String jobTitle, String language, String translator, String reviewer,
                           TaskStatus status, int round, String by, String reason) {
}
