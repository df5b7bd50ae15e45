package org.tarjoman.api.job;

import java.time.Instant;

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

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One revision of one article. A changed resubmission is a new row that supersedes the old one. */
@Entity
@Table(name = "job")
public class JobEntity extends PanacheEntityBase {

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
}
