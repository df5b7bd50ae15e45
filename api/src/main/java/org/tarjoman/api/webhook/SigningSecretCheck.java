package org.tarjoman.api.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;

import org.tarjoman.api.config.TarjomanConfig;

/**
 * Refuses to start a production node whose webhook signing secret is the documented default: anyone
 * who read the README could sign events a newsroom would trust. Refusing, rather than generating one
 * into the data folder, because the nodes sharing a database must sign with one secret and the
 * newsrooms must be given it: both are the operator's to set. Dev mode and tests keep the default.
 */
@ApplicationScoped
class SigningSecretCheck {

    static final String ENVIRONMENT = "TARJOMAN_WEBHOOKS_SECRET";

    void onStart(@Observes StartupEvent event, TarjomanConfig config) {
        check(LaunchMode.current(), config.webhooks().secret());
    }

    static void check(LaunchMode mode, String secret) {
        if (mode != LaunchMode.NORMAL) {
            return;
        }
        if (secret == null || secret.isBlank() || secret.equals(TarjomanConfig.Webhooks.DEFAULT_SECRET)) {
            throw new IllegalStateException("The webhook signing secret (tarjoman.webhooks.secret) is "
                    + (secret == null || secret.isBlank() ? "empty" : "the documented default '" + secret + "'")
                    + ": set your own in " + ENVIRONMENT + " (e.g. " + ENVIRONMENT + "=$(openssl rand -hex 32)),"
                    + " the same on every node, and give it to the newsrooms that verify the webhooks.");
        }
    }
}
