package org.tarjoman.api.job.mt;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How pre-translation runs. The threshold is read here, and only here, until the engines' configuration
 * ({@code TarjomanConfig.Mt}) carries it under the same name.
 */
@ApplicationScoped
public class MtSettings {

    private final int threshold;
    private final int batchSize;
    private final int calls;
    private final Duration pollInterval;
    private final Duration lease;

    MtSettings(@ConfigProperty(name = "tarjoman.mt.threshold", defaultValue = "85") int threshold,
               @ConfigProperty(name = "tarjoman.mt.pretranslation.batch-size", defaultValue = "10") int batchSize,
               @ConfigProperty(name = "tarjoman.mt.pretranslation.calls", defaultValue = "4") int calls,
               @ConfigProperty(name = "tarjoman.mt.pretranslation.poll-interval", defaultValue = "2s") Duration pollInterval,
               @ConfigProperty(name = "tarjoman.mt.pretranslation.lease", defaultValue = "5m") Duration lease) {
        if (threshold < 0 || threshold > 101) {
            throw new IllegalArgumentException("tarjoman.mt.threshold must be between 0 and 101, not " + threshold);
        }
        if (batchSize < 1 || calls < 1) {
            throw new IllegalArgumentException("tarjoman.mt.pretranslation.batch-size and .calls must be at least 1");
        }
        this.threshold = threshold;
        this.batchSize = batchSize;
        this.calls = calls;
        this.pollInterval = pollInterval;
        this.lease = lease;
    }

    /** A segment whose best memory match scores below this goes to MT (default 85). */
    public int threshold() {
        return threshold;
    }

    /** Segments per call to the engines. */
    int batchSize() {
        return batchSize;
    }

    /** Calls to the engines at once, per node. */
    int calls() {
        return calls;
    }

    Duration pollInterval() {
        return pollInterval;
    }

    /** How long a claimed batch is this node's; longer than any engine call with its retries. */
    Duration lease() {
        return lease;
    }
}
