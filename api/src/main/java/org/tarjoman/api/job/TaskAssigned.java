package org.tarjoman.api.job;

/** A manager gave a person a task, as its translator or reviewer; published inside that transaction. */
public record TaskAssigned(long jobId, String jobTitle, String language, String person, Role role, String by) {
}
