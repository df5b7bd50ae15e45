package org.tarjoman.api.webhook;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.runtime.LaunchMode;

import org.junit.jupiter.api.Test;

class SigningSecretCheckTest {

    @Test
    void shouldRefuseToStartInProductionWithTheDocumentedSecret() {
        assertThatThrownBy(() -> SigningSecretCheck.check(LaunchMode.NORMAL, "change-me"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("TARJOMAN_WEBHOOKS_SECRET")
                .hasMessageContaining("documented default 'change-me'");
        assertThatThrownBy(() -> SigningSecretCheck.check(LaunchMode.NORMAL, " "))
                .hasMessageContaining("is empty");
    }

    @Test
    void shouldStartInProductionWithTheOperatorsSecret() {
        assertThatCode(() -> SigningSecretCheck.check(LaunchMode.NORMAL, "5f0c9a7e41d2b38c")).doesNotThrowAnyException();
    }

    @Test
    void shouldKeepTheDefaultInDevModeAndTests() {
        assertThatCode(() -> SigningSecretCheck.check(LaunchMode.DEVELOPMENT, "change-me")).doesNotThrowAnyException();
        assertThatCode(() -> SigningSecretCheck.check(LaunchMode.TEST, "change-me")).doesNotThrowAnyException();
    }
}
