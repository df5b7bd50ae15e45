package org.tarjoman.api.job;

import java.net.URI;
import java.util.Optional;

/**
 * Whether a job's webhooks may be sent to a callback URL. The webhook package, which sends them,
 * implements it (and asks again before each delivery); {@link JobCreation} asks before it accepts a
 * URL, so a newsroom hears of a refused address when it submits, not when the job is done.
 */
public interface CallbackPolicy {

    /** Why nothing may be sent to this URL, as a phrase for the newsroom; empty when webhooks may go there. */
    Optional<String> refusal(URI callbackUrl);
}
