package org.tarjoman.api.memory;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.tarjoman.api.persistence.Rows;
import org.tarjoman.api.persistence.StoredEntity;

/** A TMX import and its progress; large imports run in the background and are followed through this row. */
@Entity
@Table(name = "tm_import")
public class ImportEntity extends StoredEntity {

    /** The queries of this entity. */
    public static final Rows<ImportEntity> ROWS = Rows.of(ImportEntity.class);

    public enum State {
        QUEUED,
        RUNNING,
        DONE,
        FAILED,
        /** Stopped at someone's request; its transaction was rolled back, so nothing of it was kept. */
        CANCELLED;

        public boolean finished() {
            return this == DONE || this == FAILED || this == CANCELLED;
        }
    }

    @Id
    public String id;

    /** The memory's name. */
    public String memory;

    @Column(name = "file_name")
    public String fileName;

    @Enumerated(EnumType.STRING)
    public State state;

    @Column(name = "units_processed")
    public long unitsProcessed;

    /** The file's {@code <tu>} count, known once a streaming pass has counted them; null until then. */
    @Column(name = "units_total")
    public Long unitsTotal;

    /** Who uploaded the file. */
    @Column(name = "started_by")
    public String startedBy;

    public long added;
    /** Identical units merged into the memory's (the column keeps its first name, {@code updated}). */
    @Column(name = "updated")
    public long merged;
    public long skipped;
    public long rejected;

    /** Skip and reject reasons, or the error that failed the import, one per line. */
    public String messages;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "finished_at")
    public Instant finishedAt;
}
