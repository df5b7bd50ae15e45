package org.tarjoman.api.memory;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import org.tarjoman.api.testing.PostgresProfile;
import org.tarjoman.api.testing.PostgresServer;
import org.tarjoman.api.testing.RequiresPostgres;

/** The upgrade to named memories on a real PostgreSQL server. */
@QuarkusTest
@TestProfile(MemoryUpgradePostgresTest.Profile.class)
@RequiresPostgres
class MemoryUpgradePostgresTest extends MemoryUpgradeSpec {

    public static class Profile extends PostgresProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> overrides = new HashMap<>(super.getConfigOverrides());
            overrides.put("quarkus.flyway.\"pg\".clean-at-start", "false");
            overrides.put("tarjoman.data-dir", "target/test-data-upgrade-postgres");
            return overrides;
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(LegacyMemories.class, Map.of("url", PostgresServer.url(),
                    "user", PostgresServer.user(), "password", PostgresServer.password())));
        }
    }
}
