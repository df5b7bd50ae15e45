package org.tarjoman.api.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    private static final byte[] BODY = "{\"event\":\"job.done\",\"externalId\":\"irna/۸۵۲۳۴۱۱۷\"}".getBytes(StandardCharsets.UTF_8);

    @Test
    void shouldSignWithTheRfc4231TestVector() {
        // RFC 4231, test case 2
        assertThat(WebhookSignature.sign("what do ya want for nothing?".getBytes(StandardCharsets.US_ASCII), "Jefe"))
                .isEqualTo("sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    }

    @Test
    void shouldVerifyItsOwnSignature() {
        assertThat(WebhookSignature.verify(BODY, "s3cret", WebhookSignature.sign(BODY, "s3cret"))).isTrue();
    }

    @Test
    void shouldRejectAnotherSecretAChangedBodyAndMissingOrMalformedHeaders() {
        String signature = WebhookSignature.sign(BODY, "s3cret");
        byte[] changed = BODY.clone();
        changed[changed.length - 2] ^= 1;

        assertThat(WebhookSignature.verify(BODY, "other", signature)).isFalse();
        assertThat(WebhookSignature.verify(changed, "s3cret", signature)).isFalse();
        assertThat(WebhookSignature.verify(BODY, "s3cret", null)).isFalse();
        assertThat(WebhookSignature.verify(BODY, "s3cret", signature.substring("sha256=".length()))).isFalse();
        assertThat(WebhookSignature.verify(BODY, "s3cret", "sha256=")).isFalse();
    }
}
