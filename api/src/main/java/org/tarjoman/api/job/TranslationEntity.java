package org.tarjoman.api.job;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.tarjoman.api.persistence.Rows;
import org.tarjoman.api.persistence.StoredEntity;

/** A segment's target in one task's language; {@link #version} guards against lost updates. */
@Entity
@Table(name = "translation")
public class TranslationEntity extends StoredEntity {

    /** The queries of this entity. */
    public static final Rows<TranslationEntity> ROWS = Rows.of(TranslationEntity.class);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "task_id")
    public long taskId;

    @Column(name = "segment_id")
    public long segmentId;

    /** Tagged text, or null while there is none. */
    public String target;

    @Enumerated(EnumType.STRING)
    public TranslationStatus status;

    @Enumerated(EnumType.STRING)
    public Origin origin;

    /** The memory match score the target came from (0–101), when it came from the memory. */
    public Integer score;

    @Column(name = "offered_target")
    public String offeredTarget;

    @Column(name = "offered_score")
    public Integer offeredScore;

    /** The MT engine and model the target came from, while it is their draft or taken as is. */
    @Column(name = "mt_engine")
    public String mtEngine;

    @Column(name = "mt_model")
    public String mtModel;

    @Version
    public long version;

    public String author;

    @Column(name = "updated_at")
    public Instant updatedAt;

    /** The task's translation of a segment. */
    static TranslationEntity of(long taskId, long segmentId) {
        return ROWS.find("taskId = ?1 and segmentId = ?2", taskId, segmentId).firstResult();
    }
}
