package org.tarjoman.api.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import java.util.function.Supplier;

import javax.sql.DataSource;

import jakarta.inject.Inject;
import jakarta.transaction.TransactionalException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;

import org.junit.jupiter.api.Test;
import org.tarjoman.api.job.JobEntity;
import org.tarjoman.api.job.JobStatus;
import org.tarjoman.api.testing.WebhookReceiver;

/**
 * The webhook outbox and its delivery against a local receiver, on whichever database the concrete
 * class runs (H2 in {@link WebhookDeliveryTest}, PostgreSQL in {@link WebhookDeliveryPostgresTest}),
 * with {@link WebhookTestProfile}'s short clock. Each test has its own jobs and receiver.
 */
abstract class WebhookDeliverySpec {

    private static final Duration WAIT = Duration.ofSeconds(5);
    /** Long enough for several polls: what has not happened by then will not. */
    private static final Duration QUIET = Duration.ofMillis(6 * WebhookTestProfile.POLL_MILLIS);

    @Inject
    WebhookOutbox outbox;

    @Inject
    WebhookEvents events;

    @Inject
    DataSource dataSource;

    @Inject
    ObjectMapper json;

    @Test
    void shouldDeliverTheStoredBodySignedWithEventAndDeliveryHeaders() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.answering(200)) {
            long jobId = job(receiver.url());
            long eventId = enqueue(jobId, WebhookOutbox.TASK_DONE, taskDone(jobId, "en"));

            WebhookEventEntity delivered = awaitEvent(eventId, e -> e.deliveredAt != null);
            WebhookReceiver.Request request = receiver.requestsFor(eventId).get(0);
            assertThat(receiver.requests()).hasSize(1);
            assertThat(request.method()).isEqualTo("POST");
            assertThat(request.path()).isEqualTo("/hooks/tarjoman");
            assertThat(request.body()).isEqualTo(delivered.payload.getBytes(StandardCharsets.UTF_8));
            assertThat(request.header("Content-Type")).isEqualTo("application/json");
            assertThat(request.header("X-Tarjoman-Event")).isEqualTo("task.done");
            assertThat(request.header("X-Tarjoman-Delivery")).isEqualTo(String.valueOf(eventId));
            assertThat(request.header("X-Tarjoman-Signature"))
                    .isEqualTo("sha256=" + WebhookReceiver.hmacSha256Hex(request.body(), WebhookTestProfile.SECRET));
            assertThat(WebhookSignature.verify(request.body(), WebhookTestProfile.SECRET, request.header("X-Tarjoman-Signature")))
                    .isTrue();

            JsonNode body = json.readTree(request.body());
            assertThat(body.get("event").asText()).isEqualTo("task.done");
            assertThat(body.get("jobId").asLong()).isEqualTo(jobId);
            assertThat(body.get("externalId").asText()).isEqualTo("irna/۸۵۲۳۴۱۱۷");
            assertThat(body.get("language").asText()).isEqualTo("en");
            assertThat(body.at("/links/document").asText()).isEqualTo("/api/v1/jobs/" + jobId + "/tasks/en/document");
            assertThat(delivered.attempts).isEqualTo(1);
            assertThat(delivered.claimedUntil).isNull();
            assertThat(delivered.failedAt).isNull();
        }
    }

    @Test
    void shouldDeliverAJobsEventsInTheOrderTheyHappened() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.answering(200)) {
            long jobId = job(receiver.url());
            QuarkusTransaction.requiringNew().run(() -> {
                JobEntity job = JobEntity.ROWS.findById(jobId);
                write(job, WebhookOutbox.TASK_DONE, taskDone(jobId, "en"));
                write(job, WebhookOutbox.TASK_DONE, taskDone(jobId, "ru"));
                write(job, WebhookOutbox.JOB_DONE, jobDone(jobId));
            });

            List<WebhookReceiver.Request> requests = await(receiver::requests, r -> r.size() == 3);
            assertThat(requests).extracting(r -> r.header("X-Tarjoman-Event") + " " + json.readTree(r.body()).path("language").asText())
                    .containsExactly("task.done en", "task.done ru", "job.done ");
        }
    }

    @Test
    void shouldRetryAfterServiceUnavailableAndDeliverOnTheThirdAttempt() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.answering(503, 503, 200)) {
            long jobId = job(receiver.url());
            long eventId = enqueue(jobId, WebhookOutbox.JOB_DONE, jobDone(jobId));

            WebhookEventEntity delivered = awaitEvent(eventId, e -> e.deliveredAt != null);
            assertThat(delivered.attempts).isEqualTo(3);
            assertThat(delivered.failedAt).isNull();
            assertThat(delivered.lastError).isEqualTo("HTTP 503");
            List<WebhookReceiver.Request> requests = receiver.requestsFor(eventId);
            assertThat(requests).hasSize(3);
            assertThat(requests).allSatisfy(r -> assertThat(r.body()).isEqualTo(requests.get(0).body()));
        }
    }

    @Test
    void shouldGiveUpAfterMaxAttemptsWhenTheReceiverIsDown() throws Exception {
        long jobId = job(WebhookReceiver.closedPortUrl());
        long eventId = enqueue(jobId, WebhookOutbox.JOB_DONE, jobDone(jobId));

        WebhookEventEntity failed = awaitEvent(eventId, e -> e.failedAt != null);
        assertThat(failed.attempts).isEqualTo(WebhookTestProfile.MAX_ATTEMPTS);
        assertThat(failed.deliveredAt).isNull();
        assertThat(failed.claimedUntil).isNull();
        assertThat(failed.lastError).startsWith("ConnectException");

        Thread.sleep(QUIET.toMillis());
        assertThat(event(eventId).attempts).as("no attempt after giving up").isEqualTo(WebhookTestProfile.MAX_ATTEMPTS);
    }

    @Test
    void shouldWaitLongerBeforeEachRetry() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.answering(500)) {
            long jobId = job(receiver.url());
            long eventId = enqueue(jobId, WebhookOutbox.TASK_DONE, taskDone(jobId, "ru"));

            awaitEvent(eventId, e -> e.failedAt != null);
            List<WebhookReceiver.Request> requests = receiver.requestsFor(eventId);
            assertThat(requests).hasSize(WebhookTestProfile.MAX_ATTEMPTS);
            assertThat(Duration.between(requests.get(0).at(), requests.get(1).at()))
                    .isGreaterThanOrEqualTo(Duration.ofMillis(WebhookTestProfile.BACKOFF_MILLIS));
            assertThat(Duration.between(requests.get(1).at(), requests.get(2).at()))
                    .isGreaterThanOrEqualTo(Duration.ofMillis(2 * WebhookTestProfile.BACKOFF_MILLIS));
            assertThat(event(eventId).lastError).isEqualTo("HTTP 500");
        }
    }

    @Test
    void shouldRecordARefusedAttemptWithoutSendingIt() throws Exception {
        // accepted when the job was submitted, say; by delivery time its address is not on the allow-list
        try (WebhookReceiver receiver = WebhookReceiver.answeringOn("127.0.0.2", 200)) {
            long jobId = job(receiver.url());
            long eventId = enqueue(jobId, WebhookOutbox.JOB_DONE, jobDone(jobId));

            WebhookEventEntity failed = awaitEvent(eventId, e -> e.failedAt != null);
            assertThat(failed.lastError).isEqualTo("Refused: 127.0.0.2 is a loopback address");
            assertThat(failed.attempts).isEqualTo(WebhookTestProfile.MAX_ATTEMPTS);
            assertThat(receiver.requests()).as("nothing sent").isEmpty();
        }
    }

    @Test
    void shouldServeAReceiverPromptlyWhileReceiversThatNeverAnswerHoldTheirShare() throws Exception {
        List<WebhookReceiver> silent = new ArrayList<>();
        List<Long> jobs = new ArrayList<>();
        try (WebhookReceiver newsroom = WebhookReceiver.answering(200)) {
            Duration alone = timeToReceive(newsroom);
            for (int i = 0; i < 4; i++) {
                silent.add(WebhookReceiver.silent());
            }
            // more events waiting for the silent receivers than a poll reads in one page, each of its own job
            // (one job's events go one at a time)
            int each = WebhookDispatcher.PAGE / silent.size() + 5;
            for (WebhookReceiver receiver : silent) {
                for (int i = 0; i < each; i++) {
                    jobs.add(job(receiver.url()));
                }
            }
            QuarkusTransaction.requiringNew().run(() -> jobs.forEach(id -> write(JobEntity.ROWS.findById(id), WebhookOutbox.JOB_DONE,
                    jobDone(id))));
            await(() -> silent.stream().mapToInt(WebhookReceiver::held).sum(), held -> held == 2 * silent.size());

            Duration waited = timeToReceive(newsroom);

            System.out.printf("Webhook to a live receiver sent %d ms after its event was written (%d ms with nothing else"
                    + " to send), while %d receivers that never answer had %d events waiting%n", waited.toMillis(),
                    alone.toMillis(), silent.size(), jobs.size());
            // a silent receiver holds a sender for the whole 10 s response timeout
            assertThat(waited).isLessThan(Duration.ofSeconds(3));
            assertThat(silent).allSatisfy(receiver -> assertThat(receiver.held()).as("its share").isEqualTo(2));
        } finally {
            // given up before the receivers go, so their events do not flood the next tests with retries
            QuarkusTransaction.requiringNew().run(() -> WebhookEventEntity.ROWS.update("failedAt = ?1 where jobId in ?2",
                    Instant.now(), jobs));
            silent.forEach(WebhookReceiver::close);
        }
    }

    @Test
    void shouldDeliverEventsLeftByAStoppedNodeAndNotThoseUnderALiveClaim() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.answering(200)) {
            Instant now = Instant.now();
            long leftDue = insertEvent(job(receiver.url()), 2, now.minusSeconds(30), null);
            long expiredClaim = insertEvent(job(receiver.url()), 0, now.minusSeconds(120), now.minusSeconds(5));
            long liveClaim = insertEvent(job(receiver.url()), 0, now.minusSeconds(5), now.plusSeconds(3600));

            assertThat(awaitEvent(leftDue, e -> e.deliveredAt != null).attempts).isEqualTo(3);
            awaitEvent(expiredClaim, e -> e.deliveredAt != null);
            Thread.sleep(QUIET.toMillis());
            assertThat(receiver.requestsFor(leftDue)).hasSize(1);
            assertThat(receiver.requestsFor(expiredClaim)).hasSize(1);
            assertThat(receiver.requestsFor(liveClaim)).as("another node holds it").isEmpty();
            assertThat(event(liveClaim).attempts).isZero();
        }
    }

    @Test
    void shouldLetOnlyOneOfSeveralNodesClaimAnEvent() throws Exception {
        Instant later = Instant.now().plus(Duration.ofHours(1));
        // due only at the racers' clock, so this node's own dispatcher keeps out of the race
        long eventId = insertEvent(job("http://127.0.0.1:9/unused"), 0, later, null);
        int nodes = 8;
        ExecutorService pool = Executors.newFixedThreadPool(nodes);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Optional<WebhookEvents.Claim>>> claims = new ArrayList<>();
            for (int i = 0; i < nodes; i++) {
                claims.add(pool.submit(() -> {
                    start.await();
                    return events.claim(eventId, later.plusSeconds(1), WebhookDispatcher.LEASE);
                }));
            }
            start.countDown();
            int winners = 0;
            for (Future<Optional<WebhookEvents.Claim>> claim : claims) {
                winners += claim.get().isPresent() ? 1 : 0;
            }
            assertThat(winners).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void shouldReleaseTheClaimsAStoppingNodeHoldsSoAnotherNodeSendsThemAtOnce() throws Exception {
        // to the millisecond, as the dispatcher's clock: H2 rounds what it stores finer than its column
        Instant later = Instant.now().plus(Duration.ofHours(1)).truncatedTo(ChronoUnit.MILLIS);
        // due only at the test's clock, so this node's own dispatcher leaves them to the "stopping node"
        long cutShort = insertEvent(job("http://127.0.0.1:9/unused"), 0, later, null);
        long finished = insertEvent(job("http://127.0.0.1:9/unused"), 0, later, null);
        HeldClaims stoppingNode = new HeldClaims();
        WebhookEvents.Claim held = events.claim(cutShort, later, WebhookDispatcher.LEASE).orElseThrow();
        WebhookEvents.Claim done = events.claim(finished, later, WebhookDispatcher.LEASE).orElseThrow();
        stoppingNode.taken(held);
        stoppingNode.taken(done);
        events.failed(done, "HTTP 503", later);
        stoppingNode.finished(done);

        stoppingNode.releaseAll(events);

        assertThat(event(cutShort).claimedUntil).as("released").isNull();
        assertThat(event(cutShort).attempts).as("a cut delivery is no attempt").isZero();
        assertThat(events.claim(cutShort, later, WebhookDispatcher.LEASE)).as("another node claims it at once").isPresent();
        assertThat(event(finished).attempts).as("a recorded outcome stays").isEqualTo(1);
        assertThat(event(finished).lastError).isEqualTo("HTTP 503");
    }

    @Test
    void shouldWriteNoEventWhenTheTransactionRollsBack() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.answering(200)) {
            long jobId = job(receiver.url());
            assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
                write(JobEntity.ROWS.findById(jobId), WebhookOutbox.JOB_DONE, jobDone(jobId));
                throw new IllegalStateException("the state change failed after the event was written");
            })).hasMessageContaining("the state change failed");

            Thread.sleep(QUIET.toMillis());
            assertThat(eventsOf(jobId)).isEmpty();
            assertThat(receiver.requests()).isEmpty();
        }
    }

    @Test
    void shouldWriteNoEventForAJobWithoutCallbackUrl() {
        long jobId = job(null);
        QuarkusTransaction.requiringNew().run(() -> write(JobEntity.ROWS.findById(jobId), WebhookOutbox.JOB_DONE, jobDone(jobId)));
        assertThat(eventsOf(jobId)).isEmpty();
    }

    @Test
    void shouldRefuseToEnqueueOutsideATransaction() {
        long jobId = job("http://127.0.0.1:9/unused");
        JobEntity job = QuarkusTransaction.requiringNew().call(() -> JobEntity.ROWS.findById(jobId));
        assertThatThrownBy(() -> write(job, WebhookOutbox.JOB_DONE, jobDone(jobId)))
                .isInstanceOf(TransactionalException.class);
        assertThat(eventsOf(jobId)).isEmpty();
    }

    // --- helpers

    /** From writing a {@code task.done} event for a new job of the receiver to the receiver having it. */
    private Duration timeToReceive(WebhookReceiver receiver) throws InterruptedException {
        long jobId = job(receiver.url());
        Instant written = Instant.now();
        long eventId = enqueue(jobId, WebhookOutbox.TASK_DONE, taskDone(jobId, "en"));
        awaitEvent(eventId, e -> e.deliveredAt != null);
        return Duration.between(written, receiver.requestsFor(eventId).get(0).at());
    }

    private static long job(String callbackUrl) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Instant now = Instant.now();
            JobEntity job = new JobEntity();
            job.externalId = "irna/۸۵۲۳۴۱۱۷/" + UUID.randomUUID();
            job.revision = 1;
            job.title = "سفر رئیس‌جمهور به مسکو";
            job.sourceLanguage = "fa";
            job.format = "text";
            job.content = "رئیس‌جمهور ایران روز سه‌شنبه به مسکو سفر می‌کند.";
            job.contentHash = "0".repeat(64);
            job.words = 8;
            job.status = JobStatus.DONE;
            job.callbackUrl = callbackUrl;
            job.createdAt = now;
            job.updatedAt = now;
            job.persist();
            return job.id;
        });
    }

    /** Writes an event for the job as the job service's events do. */
    private void write(JobEntity job, String type, Map<String, Object> payload) {
        outbox.enqueue(job.id, job.callbackUrl, type, payload);
    }

    private long enqueue(long jobId, String type, Map<String, Object> payload) {
        return QuarkusTransaction.requiringNew().call(() -> {
            write(JobEntity.ROWS.findById(jobId), type, payload);
            return WebhookEventEntity.ROWS.find("jobId = ?1 order by id desc", jobId).firstResult().id;
        });
    }

    /** The payload as the job service sends it. */
    private static Map<String, Object> taskDone(long jobId, String language) {
        Map<String, Object> payload = jobDone(jobId);
        payload.put("event", "task.done");
        payload.put("language", language);
        payload.put("links", Map.of("job", "/api/v1/jobs/" + jobId,
                "document", "/api/v1/jobs/" + jobId + "/tasks/" + language + "/document"));
        return payload;
    }

    private static Map<String, Object> jobDone(long jobId) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("event", "job.done");
        payload.put("jobId", jobId);
        payload.put("externalId", "irna/۸۵۲۳۴۱۱۷");
        payload.put("status", "DONE");
        payload.put("occurredAt", Instant.parse("2024-05-14T09:30:00Z"));
        payload.put("links", Map.of("job", "/api/v1/jobs/" + jobId));
        return payload;
    }

    /** A row as a node leaves it: due, maybe tried before, maybe under a claim. */
    private long insertEvent(long jobId, int attempts, Instant nextAttemptAt, Instant claimedUntil) throws SQLException {
        String payload = "{\"event\":\"job.done\",\"jobId\":" + jobId + ",\"status\":\"DONE\"}";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("INSERT INTO webhook_event"
                        + " (job_id, event_type, url, payload, attempts, next_attempt_at, claimed_until, created_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, jobId);
            insert.setString(2, WebhookOutbox.JOB_DONE);
            insert.setString(3, QuarkusTransaction.requiringNew().call(() -> JobEntity.ROWS.findById(jobId).callbackUrl));
            insert.setString(4, payload);
            insert.setInt(5, attempts);
            insert.setObject(6, offset(nextAttemptAt));
            insert.setObject(7, claimedUntil == null ? null : offset(claimedUntil));
            insert.setObject(8, offset(Instant.now().minusSeconds(600)));
            insert.executeUpdate();
        }
        return eventsOf(jobId).get(0).id;
    }

    private static OffsetDateTime offset(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MILLIS).atOffset(ZoneOffset.UTC);
    }

    private static List<WebhookEventEntity> eventsOf(long jobId) {
        return QuarkusTransaction.requiringNew().call(() -> WebhookEventEntity.ROWS.list("jobId", jobId));
    }

    private static WebhookEventEntity event(long id) {
        return QuarkusTransaction.requiringNew().call(() -> WebhookEventEntity.ROWS.findById(id));
    }

    private static WebhookEventEntity awaitEvent(long id, Predicate<WebhookEventEntity> until) throws InterruptedException {
        return await(() -> event(id), until);
    }

    private static <T> T await(Supplier<T> probe, Predicate<T> until) throws InterruptedException {
        Instant deadline = Instant.now().plus(WAIT);
        T value = probe.get();
        while (!until.test(value)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Still not as expected after " + WAIT + ": " + describe(value));
            }
            Thread.sleep(20);
            value = probe.get();
        }
        return value;
    }

    private static String describe(Object value) {
        if (value instanceof WebhookEventEntity e) {
            return "event " + e.id + " attempts=" + e.attempts + " deliveredAt=" + e.deliveredAt + " failedAt=" + e.failedAt
                    + " claimedUntil=" + e.claimedUntil + " lastError=" + e.lastError;
        }
        return String.valueOf(value);
    }
}
