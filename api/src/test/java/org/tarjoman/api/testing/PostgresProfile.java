package org.tarjoman.api.testing;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * Runs a {@code @QuarkusTest} against a real PostgreSQL server instead of the embedded H2: the
 * database kind is a build-time setting, so Quarkus re-builds the app for this profile. The server
 * is named by {@link PostgresServer}; {@link RequiresPostgres} skips (or, in CI, fails) without it.
 */
public class PostgresProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "quarkus.datasource.db-kind", "postgresql",
                "quarkus.datasource.jdbc.url", PostgresServer.url(),
                "quarkus.datasource.username", PostgresServer.user(),
                "quarkus.datasource.password", PostgresServer.password(),
                "quarkus.flyway.clean-at-start", "true",
                "quarkus.flyway.clean-disabled", "false");
    }

    @Override
    public String getConfigProfile() {
        return "test-postgres";
    }
}
