package org.tarjoman.api.memory;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** The upgrade to named memories on an H2 file database of its own. */
@QuarkusTest
@TestProfile(MemoryUpgradeTest.Profile.class)
class MemoryUpgradeTest extends MemoryUpgradeSpec {

    public static class Profile implements QuarkusTestProfile {

        private static final String URL = "jdbc:h2:file:" + Path.of("target/test-data-upgrade/tarjoman").toAbsolutePath()
                + ";WRITE_DELAY=0;LOCK_TIMEOUT=10000";

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("tarjoman.data-dir", "target/test-data-upgrade", "quarkus.datasource.\"h2\".jdbc.url", URL,
                    "quarkus.flyway.\"h2\".clean-at-start", "false");
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(LegacyMemories.class,
                    Map.of("url", URL, "user", "tarjoman", "password", "tarjoman")));
        }
    }
}
