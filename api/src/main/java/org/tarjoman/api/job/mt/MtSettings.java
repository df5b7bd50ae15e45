package org.tarjoman.api.job.mt;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import org.tarjoman.api.config.TarjomanConfig;

/** How pre-translation runs on this node ({@code tarjoman.pretranslation.*}; the threshold is {@link org.tarjoman.api.job.MtThreshold}'s). */
@ApplicationScoped
public class MtSettings {

    private final TarjomanConfig.Pretranslation config;

    MtSettings(TarjomanConfig config) {
        this.config = config.pretranslation();
        if (this.config.batchSize() < 1 || this.config.calls() < 1) {
            throw new IllegalArgumentException("tarjoman.pretranslation.batch-size and tarjoman.pretranslation.calls "
                    + "must be at least 1");
        }
    }

    /** Segments per call to the engines. */
    int batchSize() {
        return config.batchSize();
    }

    /** Calls to the engines at once, per node. */
    int calls() {
        return config.calls();
    }

    Duration pollInterval() {
        return config.pollInterval();
    }

    /** How long a claimed batch is this node's. */
    Duration lease() {
        return config.lease();
    }
}
