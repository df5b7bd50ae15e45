package org.tarjoman.api.job.mt;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;


import org.tarjoman.api.job.MtWanted;
import org.tarjoman.api.job.TranslationEntity;

/**
 * The segments waiting for machine translation, in the database so that the work survives a restart and
 * every node shares it. A node claims a batch of one task's pending items with a lease (a conditional
 * update: only items nobody holds a live lease on), translates them, and records each outcome only while
 * the lease is still its own; a node that dies lets its lease run out, and the batch is claimed again.
 */
@ApplicationScoped
public class MtQueue {

    /** Published in the transaction that queued items: the worker polls as soon as it commits. */
    public record Queued(long taskId, int items) {
    }

    /** An item as a claim hands it out. */
    public record Item(long id, long segmentId, long translationVersion) {
    }

    /** A task's items claimed by this node until {@code until}. */
    public record Batch(long taskId, String leaseId, Instant until, List<Item> items) {
    }

    private static final String CLAIMABLE = "state = :pending and (claimedUntil is null or claimedUntil < :now)";

    private final Event<Queued> queued;

    MtQueue(Event<Queued> queued) {
        this.queued = queued;
    }

    /** Job creation's segments for MT, queued in its transaction. */
    void onWanted(@Observes MtWanted wanted) {
        enqueue(wanted.taskId(), wanted.translations());
    }

    /**
     * Queues these translations of a task for MT, each with its version as of now; a segment already
     * waiting stays as it is, one done, failed or skipped before is queued again.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int enqueue(long taskId, List<TranslationEntity> translations) {
        if (translations.isEmpty()) {
            return 0;
        }
        Instant now = Instant.now();
        Map<Long, MtItemEntity> existing = MtItemEntity.ROWS.stream("taskId", taskId)
                .collect(Collectors.toMap(item -> item.segmentId, item -> item));
        int count = 0;
        for (TranslationEntity translation : translations) {
            MtItemEntity item = existing.get(translation.segmentId);
            if (item != null && item.state == MtItemState.PENDING) {
                continue;
            }
            if (item == null) {
                item = new MtItemEntity();
                item.taskId = taskId;
                item.segmentId = translation.segmentId;
            }
            item.translationVersion = translation.version;
            item.state = MtItemState.PENDING;
            item.engine = null;
            item.reason = null;
            item.leaseId = null;
            item.claimedUntil = null;
            item.requestedAt = now;
            item.updatedAt = now;
            item.persist();
            count++;
        }
        if (count > 0) {
            queued.fire(new Queued(taskId, count));
        }
        return count;
    }

    /** Claims up to {@code size} pending items of the task queued first; empty when nothing is waiting. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Batch> claim(Instant now, Duration lease, int size) {
        Map<String, Object> claimable = Map.of("pending", MtItemState.PENDING, "now", now);
        List<MtItemEntity> candidates = MtItemEntity.ROWS.find(CLAIMABLE + " order by taskId, id", claimable)
                .page(0, size).list();
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        long taskId = candidates.get(0).taskId;
        List<Long> ids = candidates.stream().filter(item -> item.taskId == taskId).map(item -> item.id).toList();
        String leaseId = UUID.randomUUID().toString();
        Instant until = now.plus(lease);
        MtItemEntity.ROWS.update("leaseId = :lease, claimedUntil = :until where id in :ids and " + CLAIMABLE,
                Map.of("lease", leaseId, "until", until, "ids", ids, "pending", MtItemState.PENDING, "now", now));
        MtItemEntity.ROWS.entities().clear();
        List<Item> items = MtItemEntity.ROWS.list("leaseId = ?1 order by id", leaseId).stream()
                .map(item -> new Item(item.id, item.segmentId, item.translationVersion)).toList();
        return items.isEmpty() ? Optional.empty() : Optional.of(new Batch(taskId, leaseId, until, items));
    }

    /** The batch's items still pending under its lease: the others were claimed again after it ran out. */
    @Transactional(Transactional.TxType.MANDATORY)
    Set<Long> stillHeld(Batch batch) {
        return new HashSet<>(MtItemEntity.ROWS.list("leaseId = ?1 and state = ?2", batch.leaseId(),
                MtItemState.PENDING).stream().map(item -> item.id).toList());
    }

    /** Records what came of an item the caller still holds ({@link #stillHeld}). */
    @Transactional(Transactional.TxType.MANDATORY)
    void finish(Item item, MtItemState state, String engine, String reason) {
        MtItemEntity entity = MtItemEntity.ROWS.findById(item.id());
        entity.state = state;
        entity.engine = engine;
        entity.reason = reason == null ? null : reason.length() > 2000 ? reason.substring(0, 1999) + "…" : reason;
        entity.leaseId = null;
        entity.claimedUntil = null;
        entity.updatedAt = Instant.now();
    }

    /** Releases a batch that could not be worked on (the node is stopping): any node may claim it at once. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void release(Batch batch) {
        MtItemEntity.ROWS.update("leaseId = null, claimedUntil = null where leaseId = ?1 and state = ?2", batch.leaseId(),
                MtItemState.PENDING);
    }

    /** A task's items in the order they were queued. */
    static List<MtItemEntity> of(long taskId) {
        return new ArrayList<>(MtItemEntity.ROWS.list("taskId = ?1 order by id", taskId));
    }
}
