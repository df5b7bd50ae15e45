package org.tarjoman.api.job.mt;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.tarjoman.api.persistence.Rows;
import org.tarjoman.api.persistence.StoredEntity;

/** One segment of a task queued for machine translation, and what came of it. */
@Entity
@Table(name = "mt_item")
public class MtItemEntity extends StoredEntity {

    /** The queries of this entity. */
    public static final Rows<MtItemEntity> ROWS = Rows.of(MtItemEntity.class);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "task_id")
    public long taskId;

    @Column(name = "segment_id")
    public long segmentId;

    /** The translation's version when MT was requested; a save since then wins. */
    @Column(name = "translation_version")
    public long translationVersion;

    @Enumerated(EnumType.STRING)
    public MtItemState state;

    /** The engine that answered or failed last. */
    public String engine;

    /** Why no draft came, safe to show. */
    public String reason;

    @Column(name = "lease_id")
    public String leaseId;

    @Column(name = "claimed_until")
    public Instant claimedUntil;

    @Column(name = "requested_at")
    public Instant requestedAt;

    @Column(name = "updated_at")
    public Instant updatedAt;
}
