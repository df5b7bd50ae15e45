package org.tarjoman.api.job;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.tarjoman.api.persistence.Rows;
import org.tarjoman.api.persistence.StoredEntity;

/** One saved state of a translation: every save appends one, so nothing typed is ever lost. */
@Entity
@Table(name = "translation_history")
public class TranslationHistoryEntity extends StoredEntity {

    /** The queries of this entity. */
    public static final Rows<TranslationHistoryEntity> ROWS = Rows.of(TranslationHistoryEntity.class);

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "translation_history_seq")
    @SequenceGenerator(name = "translation_history_seq", sequenceName = "translation_history_seq", allocationSize = 50)
    public Long id;

    @Column(name = "translation_id")
    public long translationId;

    public String target;

    @Enumerated(EnumType.STRING)
    public TranslationStatus status;

    @Enumerated(EnumType.STRING)
    public Origin origin;

    public Integer score;

    public long version;

    @Column(name = "mt_engine")
    public String mtEngine;

    @Column(name = "mt_model")
    public String mtModel;

    public String author;

    @Column(name = "changed_at")
    public Instant changedAt;

    /** The task's round the state was saved in ({@link TaskReopening}). */
    @Column(name = "round_number")
    public int round = 1;

    static TranslationHistoryEntity of(TranslationEntity t, int round) {
        TranslationHistoryEntity h = new TranslationHistoryEntity();
        h.translationId = t.id;
        h.target = t.target;
        h.status = t.status;
        h.origin = t.origin;
        h.score = t.score;
        h.version = t.version;
        h.mtEngine = t.mtEngine;
        h.mtModel = t.mtModel;
        h.author = t.author;
        h.changedAt = t.updatedAt;
        h.round = round;
        return h;
    }

    /** The state a translation had at a version, or null when no save left it there. */
    public static TranslationHistoryEntity at(long translationId, long version) {
        return ROWS.find("translationId = ?1 and version = ?2", translationId, version).firstResult();
    }
}
