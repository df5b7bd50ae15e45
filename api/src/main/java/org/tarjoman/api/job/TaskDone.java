package org.tarjoman.api.job;

import java.time.Instant;

/** A task became DONE (every segment reviewed, or closed by a manager); published inside that transaction. */
public record TaskDone(long jobId, String externalId, int revision, String language, String callbackUrl,
                       Instant occurredAt) {
}
