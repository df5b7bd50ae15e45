package org.tarjoman.api.job;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

import org.tarjoman.api.job.JobViews.RoundView;

/** A reopening of a delivered task: the round it started, who started it, when, why, and what the task was. */
@Entity
@Table(name = "task_round")
public class TaskRoundEntity extends StoredEntity {

    /** The queries of this entity. */
    public static final Rows<TaskRoundEntity> ROWS = Rows.of(TaskRoundEntity.class);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "task_id")
    public long taskId;

    @Column(name = "round_number")
    public int round;

    @Column(name = "reopened_by")
    public String reopenedBy;

    @Column(name = "reopened_at")
    public Instant reopenedAt;

    public String reason;

    @Enumerated(EnumType.STRING)
    @Column(name = "status_before")
    public TaskStatus statusBefore;

    @Column(name = "closed_reason_before")
    public String closedReasonBefore;

    /** The reopenings of these tasks, oldest first, by task id. */
    static Map<Long, List<RoundView>> reopenings(List<Long> taskIds) {
        Map<Long, List<RoundView>> byTask = new HashMap<>();
        if (taskIds.isEmpty()) {
            return byTask;
        }
        TaskRoundEntity.ROWS.list("taskId in ?1 order by taskId, round", taskIds).forEach(r ->
                byTask.computeIfAbsent(r.taskId, k -> new java.util.ArrayList<>())
                        .add(new RoundView(r.round, r.reopenedBy, r.reopenedAt, r.reason)));
        return byTask;
    }
}
