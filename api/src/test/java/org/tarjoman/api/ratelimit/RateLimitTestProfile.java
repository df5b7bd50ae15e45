package org.tarjoman.api.ratelimit;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** Limits small enough to reach in a test, over an hour so none refills while it runs. */
public class RateLimitTestProfile implements QuarkusTestProfile {

    static final int WRITES = 3;
    static final int LOOKUPS = 2;
    static final int EXPORTS = 1;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "tarjoman.rate-limit.period", "1h",
                "tarjoman.rate-limit.writes", String.valueOf(WRITES),
                "tarjoman.rate-limit.lookups", String.valueOf(LOOKUPS),
                "tarjoman.rate-limit.exports", String.valueOf(EXPORTS));
    }
}
