package org.tarjoman.api.webhook;

import java.util.Map;
import java.util.HashMap;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;


import org.tarjoman.api.config.TarjomanConfig;

/**
 * The outbox's state changes, each in its own short transaction, safe with several nodes on one
 * database: a node delivers an event only after its conditional update claimed it (set
 * {@code claimed_until} to now + lease where no live claim was), and records the outcome only while
 * it still holds that claim. A node that dies holding a claim lets it run out; another node then
 * takes the event, so it is delivered at least once (receivers deduplicate by
 * {@code X-Tarjoman-Delivery}).
 */
@ApplicationScoped
class WebhookEvents {

    static final Duration MAX_BACKOFF = Duration.ofHours(1);
    static final int MAX_ERROR = 500;

    private static final String PENDING = "deliveredAt is null and failedAt is null";
    private static final String CLAIMABLE = PENDING
            + " and nextAttemptAt <= :now and (claimedUntil is null or claimedUntil < :now)";

    /** A claimed event: what its delivery needs, and the lease that proves the claim is still ours. */
    record Claim(long id, long jobId, String type, String url, String payload, int attempts, Instant leaseUntil) {
    }

    /** What a failed attempt led to. */
    record Retry(int attempts, int maxAttempts, boolean givenUp, Duration delay, boolean recorded) {
    }

    private final int maxAttempts;
    private final Duration initialBackoff;

    WebhookEvents(TarjomanConfig config) {
        this.maxAttempts = config.webhooks().maxAttempts();
        this.initialBackoff = config.webhooks().initialBackoff();
    }

    /** A due event as the dispatcher chooses among them: its place in the order, and where it goes. */
    record Due(long id, Instant nextAttemptAt, String url) {
    }

    /**
     * Events that can be claimed now, oldest due first, a page at a time: those after {@code after}
     * (null for the first page). An event waits while an earlier event of its job is pending, so a
     * receiver gets each job's events in the order they happened ({@code task.done} before
     * {@code job.done}) even across retries and nodes.
     */
    @Transactional(TxType.REQUIRES_NEW)
    List<Due> due(Instant now, Due after, int limit) {
        String page = after == null ? ""
                : " and (e.nextAttemptAt > :afterTime or (e.nextAttemptAt = :afterTime and e.id > :afterId))";
        TypedQuery<Due> query = WebhookEventEntity.ROWS.entities().createQuery(
                "select new org.tarjoman.api.webhook.WebhookEvents$Due(e.id, e.nextAttemptAt, e.url)"
                + " from WebhookEventEntity e"
                + " where e.deliveredAt is null and e.failedAt is null and e.nextAttemptAt <= :now"
                + " and (e.claimedUntil is null or e.claimedUntil < :now)" + page
                + " and not exists (select 1 from WebhookEventEntity p where p.jobId = e.jobId and p.id < e.id"
                + " and p.deliveredAt is null and p.failedAt is null)"
                + " order by e.nextAttemptAt, e.id", Due.class)
                .setParameter("now", now)
                .setMaxResults(limit);
        if (after != null) {
            query.setParameter("afterTime", after.nextAttemptAt()).setParameter("afterId", after.id());
        }
        return query.getResultList();
    }

    /** Claims an event until {@code now + lease} if it is still claimable; empty when another node was first. */
    @Transactional(TxType.REQUIRES_NEW)
    Optional<Claim> claim(long id, Instant now, Duration lease) {
        Instant until = now.plus(lease);
        int claimed = WebhookEventEntity.ROWS.update("claimedUntil = :until where id = :id and " + CLAIMABLE,
                Map.of("until", until, "id", id, "now", now));
        if (claimed != 1) {
            return Optional.empty();
        }
        WebhookEventEntity e = WebhookEventEntity.ROWS.findById(id);
        return Optional.of(new Claim(e.id, e.jobId, e.eventType, e.url, e.payload, e.attempts, until));
    }

    /** Records a delivery; false when the claim had run out meanwhile (another node may deliver it again). */
    @Transactional(TxType.REQUIRES_NEW)
    boolean delivered(Claim claim, Instant now) {
        return WebhookEventEntity.ROWS.update(
                "attempts = :attempts, deliveredAt = :now, claimedUntil = null where id = :id and claimedUntil = :lease",
                Map.of("attempts", claim.attempts() + 1, "now", now,
                        "id", claim.id(), "lease", claim.leaseUntil())) == 1;
    }

    /**
     * Gives a claim up without an outcome (this node is stopping): the event is claimable at once again.
     * False when the claim is no longer ours.
     */
    @Transactional(TxType.REQUIRES_NEW)
    boolean release(Claim claim) {
        return WebhookEventEntity.ROWS.update("claimedUntil = null where id = :id and claimedUntil = :lease",
                Map.of("id", claim.id(), "lease", claim.leaseUntil())) == 1;
    }

    /** Records a failed attempt and releases the claim: retried after the backoff, or given up after the last attempt. */
    @Transactional(TxType.REQUIRES_NEW)
    Retry failed(Claim claim, String error, Instant now) {
        int attempts = claim.attempts() + 1;
        boolean givenUp = attempts >= maxAttempts;
        Duration delay = givenUp ? Duration.ZERO : backoff(initialBackoff, attempts);
        Map<String, Object> parameters = new HashMap<>(Map.of("attempts", attempts, "next", now.plus(delay),
                "id", claim.id(), "lease", claim.leaseUntil()));
        parameters.put("error", truncate(error));
        String set = "attempts = :attempts, lastError = :error, nextAttemptAt = :next, claimedUntil = null";
        if (givenUp) {
            set += ", failedAt = :now";
            parameters.put("now", now);
        }
        int updated = WebhookEventEntity.ROWS.update(set + " where id = :id and claimedUntil = :lease", parameters);
        return new Retry(attempts, maxAttempts, givenUp, delay, updated == 1);
    }

    /** The wait after the given number of failed attempts: initial, then doubling, at most an hour. */
    static Duration backoff(Duration initial, int attempts) {
        int doublings = Math.max(0, attempts - 1);
        if (doublings >= 40) {
            return MAX_BACKOFF;
        }
        long millis = initial.toMillis();
        return millis > MAX_BACKOFF.toMillis() >> doublings ? MAX_BACKOFF : Duration.ofMillis(millis << doublings);
    }

    private static String truncate(String error) {
        String text = error == null ? "unknown error" : error;
        return text.length() <= MAX_ERROR ? text : text.substring(0, MAX_ERROR - 1) + "…";
    }
}
