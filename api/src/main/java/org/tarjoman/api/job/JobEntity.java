package org.tarjoman.api.job;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.FetchType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.tarjoman.api.persistence.Rows;
import org.tarjoman.api.persistence.StoredEntity;

/** One revision of one article. A changed resubmission is a new row that supersedes the old one. */
@Entity
@Table(name = "job")
public class JobEntity extends StoredEntity {

    /** The queries of this entity. */
    public static final Rows<JobEntity> ROWS = Rows.of(JobEntity.class);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "external_id")
    public String externalId;

    public int revision;

    @Column(name = "supersedes_id")
    public Long supersedesId;

    public String title;

    @Column(name = "source_language")
    public String sourceLanguage;

    /** {@code text} or {@code html}. */
    public String format;

    /** The article exactly as received, needed to rebuild it in its format on delivery; up to 2 MB, so lazy. */
    @Basic(fetch = FetchType.LAZY)
    public String content;

    @Column(name = "content_hash")
    public String contentHash;

    public int words;

    @Enumerated(EnumType.STRING)
    public JobStatus status;

    @Column(name = "due_at")
    public Instant dueAt;

    @Column(name = "callback_url")
    public String callbackUrl;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    /** The job, or {@link JobNotFound}. */
    public static JobEntity require(long id) {
        return JobEntity.ROWS.findByIdOptional(id).orElseThrow(() -> JobNotFound.job(id));
    }

    /**
     * The job, read and locked for the rest of the transaction: saves in one job take turns, so each
     * sees the others' statuses and a task or job reaches DONE (and sends its event) exactly once.
     */
    public static JobEntity lock(long id) {
        // Lock with a bare key query first, so the lock does not drag the article's text along.
        List<?> locked = ROWS.entities().createNativeQuery("SELECT id FROM job WHERE id = ?1 FOR UPDATE")
                .setParameter(1, id).getResultList();
        if (locked.isEmpty()) {
            throw JobNotFound.job(id);
        }
        return ROWS.findById(id);
    }

    /** The newest revision of an article, or null when it was never submitted. */
    static JobEntity latestRevision(String externalId) {
        return externalId == null ? null
                : JobEntity.ROWS.find("externalId = ?1 order by revision desc", externalId).firstResult();
    }

    /** The base of the job's download names: its external id, or {@code job-42}. */
    public String fileBase() {
        return externalId == null ? "job-" + id : externalId;
    }
}
