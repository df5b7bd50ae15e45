package org.tarjoman.api.job;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.tarjoman.api.persistence.Rows;
import org.tarjoman.api.persistence.StoredEntity;

/**
 * A job's work for one target language. Its status is derived from its translations; saves lock the
 * job row first ({@link JobEntity#lock}), so no version is needed here.
 */
@Entity
@Table(name = "task")
public class TaskEntity extends StoredEntity {

    /** The queries of this entity. */
    public static final Rows<TaskEntity> ROWS = Rows.of(TaskEntity.class);

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

    /** Words per match band, computed when the job was created. */
    @Convert(converter = AnalysisColumn.class)
    public Map<MatchBand, Integer> analysis;

    /**
     * The memories it reads and writes, as checked when the job was made or a manager changed them
     * ({@link TaskMemoryChanges}); null for tasks made before: see {@link TaskMemories}.
     */
    @Convert(converter = MemorySetupColumn.class)
    public MemorySetup memories;

    /** Who moved the task to DONE despite QA errors, when, why and how many ({@link TaskCompletion}); null otherwise. */
    @Column(name = "qa_override_by")
    public String qaOverrideBy;

    @Column(name = "qa_override_at")
    public Instant qaOverrideAt;

    @Column(name = "qa_override_reason")
    public String qaOverrideReason;

    @Column(name = "qa_override_errors")
    public Integer qaOverrideErrors;

    @Column(name = "updated_at")
    public Instant updatedAt;

    /** 1, and one more each time the delivered task is reopened for a correction ({@link TaskReopening}). */
    @Column(name = "round_number")
    public int round = 1;

    /** The job's task for a language, or {@link JobNotFound}. */
    public static TaskEntity require(long jobId, String language) {
        TaskEntity task = TaskEntity.ROWS.find("jobId = ?1 and language = ?2", jobId, language.toLowerCase(Locale.ROOT))
                .firstResult();
        if (task == null) {
            throw JobNotFound.task(jobId, language);
        }
        return task;
    }

    /** Whether every task of the job is done. */
    static boolean allDone(long jobId) {
        return ROWS.count("jobId = ?1 and status <> ?2", jobId, TaskStatus.DONE) == 0;
    }
}
