package org.tarjoman.api.webhook;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.tarjoman.api.persistence.Rows;
import org.tarjoman.api.persistence.StoredEntity;

/**
 * One webhook event in the outbox: written in the transaction that made it happen, then delivered
 * by whichever node claims it. Pending while neither {@link #deliveredAt} nor {@link #failedAt} is set.
 */
@Entity
@Table(name = "webhook_event")
public class WebhookEventEntity extends StoredEntity {

    /** The queries of this entity. */
    public static final Rows<WebhookEventEntity> ROWS = Rows.of(WebhookEventEntity.class);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "job_id")
    public long jobId;

    /** {@code task.done} or {@code job.done}. */
    @Column(name = "event_type")
    public String eventType;

    /** The job's callback URL when the event was written. */
    public String url;

    /** The JSON body, byte for byte what is sent and signed. */
    public String payload;

    /** Delivery attempts made so far, the successful one included. */
    public int attempts;

    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;

    /** While in the future, the node that set it is delivering the event and no other node may. */
    @Column(name = "claimed_until")
    public Instant claimedUntil;

    @Column(name = "delivered_at")
    public Instant deliveredAt;

    /** Set when the last allowed attempt failed: the event is given up. */
    @Column(name = "failed_at")
    public Instant failedAt;

    /** Why the latest attempt failed: an HTTP status or a network error. */
    @Column(name = "last_error")
    public String lastError;

    @Column(name = "created_at")
    public Instant createdAt;
}
