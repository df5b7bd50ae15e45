package org.tarjoman.api.webhook;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * Webhooks on a short clock: tests see retries and giving up within a second. The receivers listen
 * on 127.0.0.1, which the allow-list lets through; other inside addresses stay refused.
 */
public class WebhookTestProfile implements QuarkusTestProfile {

    static final String SECRET = "test-secret";
    static final int MAX_ATTEMPTS = 3;
    static final long BACKOFF_MILLIS = 100;
    static final long POLL_MILLIS = 100;
    static final String ALLOWED_HOSTS = "127.0.0.1";

    static final Map<String, String> OVERRIDES = Map.of(
            "tarjoman.webhooks.secret", SECRET,
            "tarjoman.webhooks.max-attempts", String.valueOf(MAX_ATTEMPTS),
            "tarjoman.webhooks.initial-backoff", BACKOFF_MILLIS + "ms",
            "tarjoman.webhooks.poll-interval", POLL_MILLIS + "ms",
            "tarjoman.webhooks.allowed-hosts", ALLOWED_HOSTS);

    @Override
    public Map<String, String> getConfigOverrides() {
        return OVERRIDES;
    }
}
