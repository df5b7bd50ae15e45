package org.tarjoman.api.account.http;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.runtime.LaunchMode;

import org.junit.jupiter.api.Test;

/** Production needs a session key of its own; dev mode and tests do not. */
class SessionKeyCheckTest {

    @Test
    void shouldRefuseToStartInProductionWithoutASessionKey() {
        assertThatThrownBy(() -> SessionKeyCheck.check(LaunchMode.NORMAL, null))
                .hasMessageContaining("QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY");
        assertThatThrownBy(() -> SessionKeyCheck.check(LaunchMode.NORMAL, "short")).hasMessageContaining("shorter");
    }

    @Test
    void shouldStartWithAKeyOrOutsideProduction() {
        assertThatCode(() -> SessionKeyCheck.check(LaunchMode.NORMAL, "k".repeat(32))).doesNotThrowAnyException();
        assertThatCode(() -> SessionKeyCheck.check(LaunchMode.TEST, null)).doesNotThrowAnyException();
    }
}
