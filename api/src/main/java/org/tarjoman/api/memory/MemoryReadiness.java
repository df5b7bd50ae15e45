package org.tarjoman.api.memory;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** Not ready while a translation memory index is still loading: matches would be missing. */
@Readiness
public class MemoryReadiness implements HealthCheck {

    private final MemoryIndexes indexes;

    MemoryReadiness(MemoryIndexes indexes) {
        this.indexes = indexes;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("Translation memory indexes")
                .status(indexes.ready());
        indexes.sizes().forEach((memory, units) -> response.withData(memory, units < 0 ? "loading" : units + " units"));
        return response.build();
    }
}
