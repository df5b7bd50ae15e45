package org.tarjoman.api.job;

import java.time.Instant;

/** Every task of a job is DONE; published inside that transaction, after the job's last {@link TaskDone}. */
public record JobDone(long jobId, String externalId, int revision, String callbackUrl, Instant occurredAt) {
}
