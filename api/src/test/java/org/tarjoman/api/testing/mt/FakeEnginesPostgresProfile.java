package org.tarjoman.api.testing.mt;

import java.util.HashMap;
import java.util.Map;

import org.tarjoman.api.testing.PostgresProfile;

/** {@link FakeEnginesProfile} on a real PostgreSQL server. */
public class FakeEnginesPostgresProfile extends FakeEnginesProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> config = new HashMap<>(super.getConfigOverrides());
        config.putAll(new PostgresProfile().getConfigOverrides());
        return config;
    }

    @Override
    public String getConfigProfile() {
        return new PostgresProfile().getConfigProfile();
    }
}
