package org.tarjoman.api.web;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The browser tests' own database: they confirm segments of the IRNA sample, which writes memory
 * units that would change the analysis other job tests expect of the same article. Imports up to 64 MB,
 * for the desk's 50,000-unit TMX.
 */
public class WebTestProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("tarjoman.data-dir", "target/test-data-web",
                // the desk's 50,000-unit TMX (22 MB) is over the other tests' 8 MB
                "tarjoman.memory.max-import-size", "64M", "%test.tarjoman.memory.max-import-size", "64M");
    }
}
