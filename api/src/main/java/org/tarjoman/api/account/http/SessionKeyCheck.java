package org.tarjoman.api.account.http;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses to start a production node without its own session key: Quarkus would make a random one
 * per process, so a restart would sign everybody out and the nodes behind one balancer would not
 * read each other's cookies. Like the webhook secret, it is the operator's to set, the same on every node.
 */
@ApplicationScoped
class SessionKeyCheck {

    static final String ENVIRONMENT = "QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY";
    static final int MIN_LENGTH = 32;

    void onStart(@Observes StartupEvent event,
                 @ConfigProperty(name = "quarkus.http.auth.session.encryption-key") Optional<String> key) {
        check(LaunchMode.current(), key.orElse(null));
    }

    static void check(LaunchMode mode, String key) {
        if (mode != LaunchMode.NORMAL) {
            return;
        }
        if (key == null || key.strip().length() < MIN_LENGTH) {
            throw new IllegalStateException("The session cookie key (quarkus.http.auth.session.encryption-key) is "
                    + (key == null || key.isBlank() ? "not set" : "shorter than " + MIN_LENGTH + " characters")
                    + ": set " + ENVIRONMENT + " (e.g. " + ENVIRONMENT + "=$(openssl rand -base64 48)), the same on every node.");
        }
    }
}
