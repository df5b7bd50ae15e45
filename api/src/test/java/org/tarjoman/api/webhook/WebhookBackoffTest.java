package org.tarjoman.api.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class WebhookBackoffTest {

    private static final Duration TWO_SECONDS = Duration.ofSeconds(2);

    @Test
    void shouldWaitTheInitialBackoffAfterTheFirstFailureThenDouble() {
        assertThat(WebhookEvents.backoff(TWO_SECONDS, 1)).isEqualTo(Duration.ofSeconds(2));
        assertThat(WebhookEvents.backoff(TWO_SECONDS, 2)).isEqualTo(Duration.ofSeconds(4));
        assertThat(WebhookEvents.backoff(TWO_SECONDS, 5)).isEqualTo(Duration.ofSeconds(32));
        assertThat(WebhookEvents.backoff(TWO_SECONDS, 11)).isEqualTo(Duration.ofSeconds(2048));
    }

    @Test
    void shouldWaitAtMostAnHourWithoutOverflowing() {
        assertThat(WebhookEvents.backoff(TWO_SECONDS, 12)).isEqualTo(Duration.ofHours(1));
        assertThat(WebhookEvents.backoff(TWO_SECONDS, 63)).isEqualTo(Duration.ofHours(1));
        assertThat(WebhookEvents.backoff(TWO_SECONDS, Integer.MAX_VALUE)).isEqualTo(Duration.ofHours(1));
        assertThat(WebhookEvents.backoff(Duration.ofHours(2), 1)).isEqualTo(Duration.ofHours(1));
    }
}
