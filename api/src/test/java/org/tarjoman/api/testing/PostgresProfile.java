package org.tarjoman.api.testing;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * Runs a {@code @QuarkusTest} against a real PostgreSQL server instead of the embedded H2, chosen as an
 * operator chooses it ({@code TARJOMAN_DB=postgresql} and its URL), with the same build. The server
 * is named by {@link PostgresServer}; {@link RequiresPostgres} skips (or, in CI, fails) without it.
 */
public class PostgresProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "tarjoman.db", "postgresql",
                "tarjoman.db.url", PostgresServer.url(),
                "tarjoman.db.username", PostgresServer.user(),
                "tarjoman.db.password", PostgresServer.password(),
                "quarkus.flyway.\"pg\".clean-at-start", "true",
                "quarkus.flyway.\"pg\".clean-disabled", "false");
    }

    @Override
    public String getConfigProfile() {
        return "test-postgres";
    }
}
