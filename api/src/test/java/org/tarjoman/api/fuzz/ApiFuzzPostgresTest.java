package org.tarjoman.api.fuzz;

import java.util.HashMap;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import org.tarjoman.api.testing.PostgresProfile;
import org.tarjoman.api.testing.RequiresPostgres;

/**
 * The API fuzzed on PostgreSQL, from a cleaned database (a profile of its own makes Quarkus start
 * anew and Flyway clean): what H2 stores without a word, PostgreSQL may refuse with an error.
 */
@QuarkusTest
@TestProfile(ApiFuzzPostgresTest.Profile.class)
@RequiresPostgres
class ApiFuzzPostgresTest extends ApiFuzzSpec {

    public static class Profile extends PostgresProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> overrides = new HashMap<>(super.getConfigOverrides());
            overrides.putAll(new FuzzProfile().getConfigOverrides());
            return overrides;
        }
    }
}
