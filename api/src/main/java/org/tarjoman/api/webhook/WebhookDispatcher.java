package org.tarjoman.api.webhook;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.context.api.ManagedExecutorConfig;
import io.vertx.core.Vertx;

import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.context.ThreadContext;
import org.jboss.logging.Logger;
import org.tarjoman.api.config.TarjomanConfig;
import org.tarjoman.api.platform.OutsideCalls;
import org.tarjoman.api.platform.Poller;
import org.tarjoman.api.webhook.WebhookEvents.Claim;
import org.tarjoman.api.webhook.WebhookEvents.Due;
import org.tarjoman.api.webhook.WebhookEvents.Retry;

/**
 * Delivers the outbox: every {@code tarjoman.webhooks.poll-interval} (and right after a transaction
 * that wrote events commits) this node claims due events and POSTs each, signed, to its URL.
 * <ul>
 *   <li>Senders work in parallel, at most {@code senders-per-receiver} of them for one receiver, so
 *       receivers that never answer hold only their own share while everyone else's events go out;
 *       a node claims only events it can start sending at once, so claims never wait in a queue
 *       while their lease runs.</li>
 *   <li>Before each attempt the URL is judged again by {@link ReceiverPolicy} (names can be made to
 *       resolve elsewhere after the job was accepted): a refused one is a failed attempt, not sent.</li>
 *   <li>2xx is delivered; any other status (redirects too) or a network error is retried after
 *       {@code initial-backoff × 2^(attempts − 1)}, at most an hour, and given up after
 *       {@code max-attempts}.</li>
 *   <li>Times come from each node's clock; the lease is far longer than any skew between nodes.</li>
 * </ul>
 */
@ApplicationScoped
public class WebhookDispatcher {

    public static final String EVENT_HEADER = "X-Tarjoman-Event";
    public static final String DELIVERY_HEADER = "X-Tarjoman-Delivery";

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    /** Longer than connect + request timeouts together, so a live node never loses its claim mid-delivery. */
    static final Duration LEASE = Duration.ofSeconds(60);
    /** Due events read per query while looking for ones whose receiver has a free sender. */
    static final int PAGE = 100;
    /** Pages read per poll at most: events beyond wait for the next poll. */
    private static final int MAX_PAGES = 20;
    /** How long a stopping node lets interrupted deliveries and recordings end before it releases their claims. */
    private static final Duration SENDERS_STOP = Duration.ofSeconds(2);

    private final WebhookEvents events;
    private final ReceiverPolicy receivers;
    private final String secret;
    private final Duration pollInterval;
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(TIMEOUT)
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final Poller poller;
    private final ManagedExecutor senders;
    /** The senders now on the network, which a stop interrupts (never one in the database). */
    private final OutsideCalls calls = new OutsideCalls();
    private final SenderSlots slots;
    private final HeldClaims held = new HeldClaims();
    private final MeterRegistry meters;
    /** Whether the last poll left due events for want of a sender: a sender coming free then looks again. */
    private final AtomicBoolean passedOver = new AtomicBoolean();

    // Polls and deliveries outlive whatever started them: they carry none of its context (request, transaction).
    WebhookDispatcher(WebhookEvents events, ReceiverPolicy receivers, TarjomanConfig config, Vertx vertx, MeterRegistry meters,
            @ManagedExecutorConfig(maxAsync = 1, maxQueued = 1, propagated = {}, cleared = ThreadContext.ALL_REMAINING)
            ManagedExecutor poller) {
        this.events = events;
        this.receivers = receivers;
        this.meters = meters;
        // the series exist from the start, so an alert on their rate has something to read before the first failure
        meters.counter("tarjoman.webhook.failures", "outcome", "retrying");
        meters.counter("tarjoman.webhook.failures", "outcome", "given-up");
        this.secret = config.webhooks().secret();
        this.pollInterval = config.webhooks().pollInterval();
        this.slots = new SenderSlots(config.webhooks().senders(), config.webhooks().sendersPerReceiver());
        this.poller = new Poller(vertx, poller, this::pollLogged);
        // Senders on Quarkus' worker pool, as many at once as the configured senders (the slots hand them out).
        this.senders = ManagedExecutor.builder().maxAsync(config.webhooks().senders()).propagated()
                .cleared(ThreadContext.ALL_REMAINING).build();
    }

    void onStart(@Observes StartupEvent event) {
        poller.start(pollInterval);
    }

    /**
     * Events just committed are sent at once rather than at the next poll. When stopping, the event
     * stays in the outbox for the next start or another node.
     */
    void onEnqueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) WebhookOutbox.Enqueued event) {
        poller.pollSoon();
    }

    /**
     * Stops polling and sending, then releases the claims of deliveries cut short, so another node (or
     * this one after its restart) sends them at once rather than after the lease. A receiver may thus get
     * an event twice, as after any cut delivery; it deduplicates by {@code X-Tarjoman-Delivery}.
     */
    void onStop(@Observes ShutdownEvent event) {
        poller.stop();
        // Only the deliveries on the network are interrupted: a sender recording an outcome finishes it.
        calls.stop();
        senders.shutdown();
        try {
            senders.awaitTermination(SENDERS_STOP.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        held.releaseAll(events);
    }

    private void pollLogged() {
        try {
            poll();
        } catch (RuntimeException e) {
            // typically the database being unreachable: one line per poll, the trace at debug level
            LOG.warnf("Looking for due webhook events failed (%s); retrying at the next interval", describe(e));
            LOG.debug("Webhook poll failure", e);
        }
    }

    /**
     * Claims due events whose receiver has a free sender, oldest due first, and hands each to a
     * sender. The events of a receiver at its share are passed over, page after page, so one
     * receiver's backlog does not hide the others' events.
     */
    void poll() {
        passedOver.set(false);
        Instant now = now();
        Due after = null;
        for (int page = 0; page < MAX_PAGES; page++) {
            if (!slots.anyFree()) {
                passedOver.set(true);
                return;
            }
            List<Due> due = events.due(now, after, PAGE);
            for (Due event : due) {
                String receiver = SenderSlots.receiver(event.url());
                if (!slots.tryTake(receiver)) {
                    passedOver.set(true); // no sender, or its receiver has its share in flight: a later poll
                    continue;
                }
                boolean started = false;
                try {
                    started = handOver(event.id(), receiver, now);
                } finally {
                    if (!started) {
                        slots.release(receiver);
                    }
                }
            }
            if (due.size() < PAGE) {
                return;
            }
            after = due.get(due.size() - 1);
        }
        passedOver.set(true); // more due events than this poll reads
    }

    /** Claims the event and starts sending it; false when another node was first or the node is stopping. */
    private boolean handOver(long id, String receiver, Instant now) {
        Optional<Claim> claim = events.claim(id, now, LEASE);
        if (claim.isEmpty()) {
            return false;
        }
        held.taken(claim.get());
        try {
            senders.execute(() -> {
                try {
                    deliver(claim.get());
                } catch (RuntimeException e) {
                    LOG.warnf("Recording the outcome of webhook event %d failed (%s); it is sent again once its"
                            + " claim runs out", claim.get().id(), describe(e));
                } finally {
                    if (!Thread.currentThread().isInterrupted()) {
                        held.finished(claim.get());
                    } // else cut short by the shutdown: still held, released at its end (a recorded outcome stays)
                    slots.release(receiver);
                    if (passedOver.get()) {
                        poller.pollSoon(); // events passed over for want of a sender can go now
                    }
                }
            });
            return true;
        } catch (RejectedExecutionException stopping) {
            return false; // still held: released at the end of the shutdown
        }
    }

    private void deliver(Claim claim) {
        String error;
        try {
            Optional<String> refusal = calls.run(() -> receivers.refusal(URI.create(claim.url())));
            if (refusal.isPresent()) {
                fail(claim, "Refused: " + refusal.get());
                return;
            }
            int status = calls.run(() -> send(claim));
            if (status / 100 == 2) {
                if (!events.delivered(claim, now())) {
                    LOG.warnf("Webhook event %d was delivered after its claim ran out; it may be delivered twice", claim.id());
                }
                return;
            }
            error = "HTTP " + status;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        } catch (IOException | IllegalArgumentException e) {
            error = describe(e);
        } catch (RuntimeException e) {
            // not expected from the client: worth a stack trace, and still counted as an attempt
            LOG.warnf(e, "Webhook event %d: sending failed unexpectedly", claim.id());
            error = describe(e);
        }
        fail(claim, error);
    }

    private void fail(Claim claim, String error) {
        Retry retry = events.failed(claim, error, now());
        if (retry.recorded()) {
            meters.counter("tarjoman.webhook.failures", "outcome", retry.givenUp() ? "given-up" : "retrying").increment();
        }
        LOG.warnf("Webhook %s (event %d, job %d) to %s failed on attempt %d of %d: %s; %s", claim.type(), claim.id(),
                claim.jobId(), withoutQuery(claim.url()), retry.attempts(), retry.maxAttempts(), error, whatNext(retry));
    }

    private static String whatNext(Retry retry) {
        if (!retry.recorded()) {
            return "its claim had run out; another node retries it";
        }
        return retry.givenUp() ? "giving up" : "next attempt in " + retry.delay().toString().substring(2).toLowerCase(Locale.ROOT);
    }

    private int send(Claim claim) throws IOException, InterruptedException {
        byte[] body = claim.payload().getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(claim.url()))
                .timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .header("User-Agent", "Tarjoman-Webhooks/1")
                .header(WebhookSignature.HEADER, WebhookSignature.sign(body, secret))
                .header(EVENT_HEADER, claim.type())
                .header(DELIVERY_HEADER, String.valueOf(claim.id()))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        // The body is not read: a receiver's answer matters by its status only, and reading it could hang.
        HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        response.body().close();
        return response.statusCode();
    }

    /** An expected network error in one line: its type and the first message along its causes. */
    static String describe(Throwable e) {
        Throwable cause = e;
        while (cause.getMessage() == null && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return e.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
    }

    /** A callback URL as logged: its query may carry a receiver's token. */
    static String withoutQuery(String url) {
        int cut = url.indexOf('?');
        return cut < 0 ? url : url.substring(0, cut) + "?…";
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
