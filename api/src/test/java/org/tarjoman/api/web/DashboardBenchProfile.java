package org.tarjoman.api.web;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** The dashboard bench's own database: a thousand jobs the other tests should not page through. */
public class DashboardBenchProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("tarjoman.data-dir", "target/test-data-dashboard-bench");
    }
}
