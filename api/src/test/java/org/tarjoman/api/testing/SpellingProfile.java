package org.tarjoman.api.testing;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** The app with LanguageTool's spelling and grammar on, as in production; the test profiles leave it off. */
public class SpellingProfile implements QuarkusTestProfile {

    static final Map<String, String> SPELLING_ON = Map.of("tarjoman.qa.spelling.enabled", "true");

    @Override
    public Map<String, String> getConfigOverrides() {
        return SPELLING_ON;
    }

    /** The same on a real PostgreSQL server. */
    public static class Postgres extends PostgresProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> overrides = new java.util.HashMap<>(super.getConfigOverrides());
            overrides.putAll(SPELLING_ON);
            return Map.copyOf(overrides);
        }
    }
}
