package org.tarjoman.api.account;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import io.quarkus.runtime.StartupEvent;

import org.jboss.logging.Logger;
import org.tarjoman.api.config.TarjomanConfig;

/**
 * The first accounts, without editing a file: {@code TARJOMAN_ADMIN_PASSWORD} makes the user
 * {@code admin} (every role, every target language) when there is no admin; {@code TARJOMAN_API_KEY}
 * registers that key as {@code bootstrap} with every scope unless it is known (a revoked one stays
 * revoked). With neither, the very first start (no user at all) makes {@code admin} with a generated
 * password and logs it once: it is never shown again.
 */
@ApplicationScoped
class AccountBootstrap {

    private static final Logger LOG = Logger.getLogger(AccountBootstrap.class);
    static final String ADMIN = "admin";
    static final String BOOTSTRAP_KEY = "bootstrap";

    private final Accounts accounts;
    private final ApiKeys keys;
    private final TarjomanConfig config;

    AccountBootstrap(Accounts accounts, ApiKeys keys, TarjomanConfig config) {
        this.accounts = accounts;
        this.keys = keys;
        this.config = config;
    }

    @Transactional
    void onStart(@Observes StartupEvent event) {
        config.apiKey().filter(k -> !k.isBlank()).ifPresent(this::registerKey);
        var password = config.admin().password().filter(p -> !p.isBlank());
        if (password.isPresent()) {
            if (!AccountEntity.anyAdmin() && AccountEntity.byName(ADMIN) == null) {
                createAdmin(password.get());
                LOG.infof("Created the user '%s' with the password from TARJOMAN_ADMIN_PASSWORD.", ADMIN);
            }
        } else if (config.apiKey().isEmpty() && AccountEntity.ROWS.count() == 0) {
            String generated = generatedPassword();
            createAdmin(generated);
            LOG.warnf("%n%s%n  First start: created the user '%s' with the password%n%n      %s%n%n"
                    + "  It is shown this once. Sign in at /sign-in.html and create the people and keys you need,%n"
                    + "  or set TARJOMAN_ADMIN_PASSWORD / TARJOMAN_API_KEY before the first start.%n%s",
                    "=".repeat(78), ADMIN, generated, "=".repeat(78));
        }
    }

    private void createAdmin(String password) {
        Set<String> languages = new TreeSet<>(config.jobs().targetLanguages());
        accounts.create(ADMIN, password, EnumSet.allOf(UserRole.class), languages);
    }

    private void registerKey(String key) {
        if (ApiKeyEntity.byHash(KeyHash.of(key)) == null) {
            keys.register(BOOTSTRAP_KEY, key, EnumSet.allOf(Scope.class), "TARJOMAN_API_KEY");
            LOG.infof("Registered the API key from TARJOMAN_API_KEY as '%s' with every scope.", BOOTSTRAP_KEY);
        }
    }

    private static String generatedPassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
