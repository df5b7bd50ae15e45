package org.tarjoman.api.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tarjoman.api.testing.PackagedApp;
import org.tarjoman.api.testing.WebhookReceiver;

/**
 * An orderly stop (SIGTERM) of the packaged app on H2 while a receiver holds a webhook delivery
 * unanswered: the stop cuts that delivery short and releases its claim, the other event's delivery,
 * answered, stays recorded, and H2 is left whole, so after the restart the held event is sent again at
 * once, not when its 60 s lease runs out, and the answered one is not sent again. Only the sender waiting
 * on the receiver is interrupted: a thread interrupted inside H2 would close its file under every
 * transaction (see {@code OutsideCalls}).
 */
class WebhookAtStopIT {

    private static final Map<String, String> ENVIRONMENT = Map.of("TARJOMAN_WEBHOOKS_ALLOWED_HOSTS", "127.0.0.1");

    @Test
    void shouldCutAHeldDeliveryShortAtAStopAndSendItAgainAtOnceAfterTheRestart() throws Exception {
        Path data = Files.createTempDirectory(Files.createDirectories(Path.of("target", "webhook-at-stop")), "data-");
        Path firstLog = data.resolveSibling(data.getFileName() + "-start-0.log");
        try (WebhookReceiver receiver = WebhookReceiver.holdingTheFirstThenAnswering(200)) {
            String held;
            try (PackagedApp app = PackagedApp.start(data, firstLog.getFileName().toString(), ENVIRONMENT)) {
                app.client().finishOneSentenceJob(receiver.url() + "/newsroom", "held at the stop");
                receiver.awaitRequests(2, Duration.ofSeconds(30)); // the held task.done and the answered job.done
                assertThat(receiver.awaitHeld(Duration.ofSeconds(30))).as("the delivery held by the receiver").isEqualTo(1);
                Thread.sleep(500); // the node records the answered one
                held = receiver.requests().get(0).header("X-Tarjoman-Delivery");

                long stopping = System.nanoTime();
                app.close();
                System.out.printf("webhook at stop: stopped in %d ms holding a delivery%n",
                        Duration.ofNanos(System.nanoTime() - stopping).toMillis());
                assertThat(app.exitValue()).as("stopped by itself, not killed").isEqualTo(143);
            }

            try (PackagedApp app = PackagedApp.start(data, data.getFileName() + "-start-1.log", ENVIRONMENT)) {
                long ready = System.nanoTime();
                receiver.awaitRequests(3, Duration.ofSeconds(40));
                System.out.printf("webhook at stop: the held event was sent again %d ms after the restart%n",
                        Duration.ofNanos(System.nanoTime() - ready).toMillis());
                Thread.sleep(2_000); // nothing more comes

                assertThat(receiver.requestsPerDelivery()).hasSize(2);
                assertThat(receiver.requestsPerDelivery().get(held)).as("the delivery cut by the stop, sent again").isEqualTo(2);
                assertThat(receiver.requestsPerDelivery().values()).containsExactlyInAnyOrder(2, 1);
            }
        }
        assertThat(Files.readString(firstLog)).as("H2 closed under the stop")
                .doesNotContain("ClosedByInterruptException").doesNotContain("This store is closed");
    }
}
