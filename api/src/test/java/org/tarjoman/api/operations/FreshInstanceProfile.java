package org.tarjoman.api.operations;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** An instance of its own on H2, in a data folder new for each run: empty, as an export is imported into. */
public class FreshInstanceProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("tarjoman.data-dir", "target/test-data-fresh-" + System.currentTimeMillis());
    }
}
