package org.tarjoman.api.webhook;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Where webhook events wait to be sent: a row in the caller's own transaction, so an event exists
 * exactly when the state change it reports committed ({@link JobEventListener} writes them from the
 * job service's events). {@link WebhookDispatcher} sends it.
 */
@ApplicationScoped
public class WebhookOutbox {

    public static final String TASK_DONE = "task.done";
    public static final String JOB_DONE = "job.done";

    /** Sizes of the {@code webhook_event} columns. */
    static final int MAX_TYPE = 32;
    static final int MAX_PAYLOAD = 20_000;

    /** Fired for each event written; the dispatcher looks for due events once the transaction committed. */
    record Enqueued(long eventId) {
    }

    private final ObjectMapper json;
    private final Event<Enqueued> enqueued;

    WebhookOutbox(ObjectMapper json, Event<Enqueued> enqueued) {
        this.json = json;
        this.enqueued = enqueued;
    }

    /**
     * Writes an event for a job's callback URL, in the current transaction (there must be one); does
     * nothing when the job has no callback URL. The payload is serialized here, once, by the
     * application's {@link ObjectMapper}: the stored JSON is the body sent and signed.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueue(long jobId, String callbackUrl, String eventType, Object payload) {
        if (callbackUrl == null) {
            return;
        }
        if (eventType == null || eventType.isBlank() || eventType.length() > MAX_TYPE) {
            throw new IllegalArgumentException("Event type must have 1 to " + MAX_TYPE + " characters: " + eventType);
        }
        String body;
        try {
            body = json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Webhook payload is not serializable to JSON", e);
        }
        if (body.length() > MAX_PAYLOAD) {
            throw new IllegalArgumentException("Webhook payload has " + body.length() + " characters, at most " + MAX_PAYLOAD);
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        WebhookEventEntity event = new WebhookEventEntity();
        event.jobId = jobId;
        event.eventType = eventType;
        event.url = callbackUrl;
        event.payload = body;
        event.attempts = 0;
        event.nextAttemptAt = now;
        event.createdAt = now;
        event.persist();
        enqueued.fire(new Enqueued(event.id));
    }
}
