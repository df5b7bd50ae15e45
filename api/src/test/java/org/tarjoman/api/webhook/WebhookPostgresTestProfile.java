package org.tarjoman.api.webhook;

import java.util.HashMap;
import java.util.Map;

import org.tarjoman.api.testing.PostgresProfile;

/** {@link WebhookTestProfile}'s short clock on PostgreSQL. */
public class WebhookPostgresTestProfile extends PostgresProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> overrides = new HashMap<>(super.getConfigOverrides());
        overrides.putAll(WebhookTestProfile.OVERRIDES);
        return overrides;
    }
}
