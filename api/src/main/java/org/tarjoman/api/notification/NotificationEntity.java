package org.tarjoman.api.notification;

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

/** One thing a person should know about a task of theirs; unread until {@link #readAt} is set. */
@Entity
@Table(name = "notification")
public class NotificationEntity extends StoredEntity {

    /** The queries of this entity. */
    public static final Rows<NotificationEntity> ROWS = Rows.of(NotificationEntity.class);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String recipient;

    @Enumerated(EnumType.STRING)
    public NotificationKind kind;

    @Column(name = "job_id")
    public long jobId;

    public String language;

    /** The job's title when it was written, so the list needs no join. */
    @Column(name = "job_title")
    public String jobTitle;

    /** Who caused it (the manager who assigned or reopened); null when the task's segments did. */
    public String actor;

    /** The role of an assignment (translator, reviewer), the reason of a reopening; null otherwise. */
    public String detail;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "read_at")
    public Instant readAt;
}
