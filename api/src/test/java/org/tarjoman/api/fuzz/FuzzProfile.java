package org.tarjoman.api.fuzz;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** The fuzzer's own database: it adds, changes and deletes at random, which no other test should see. */
public class FuzzProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("tarjoman.data-dir", "target/test-data-fuzz");
    }
}
