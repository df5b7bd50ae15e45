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

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A job's work for one target language. Its status is derived from its translations; saves lock the
 * job row first ({@link SegmentEditing#lockedJob}), so no version is needed here.
 */
@Entity
@Table(name = "task")
public class TaskEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "job_id")
    public long jobId;

    public String language;

    @Enumerated(EnumType.STRING)
    public TaskStatus status;

    public String translator;

    public String reviewer;

    @Column(name = "due_at")
    public Instant dueAt;

    @Column(name = "closed_reason")
    public String closedReason;

    /** Words per match band (JSON), computed when the job was created. */
    public String analysis;

    @Column(name = "updated_at")
    public Instant updatedAt;
}
