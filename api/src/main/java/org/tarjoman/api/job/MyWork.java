package org.tarjoman.api.job;

import java.time.Instant;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tarjoman.api.job.JobViews.ProgressView;

/**
 * A translator's or reviewer's own tasks that are not done: the soonest due first (the overdue ones
 * at the top, those without a due date last), each with the words left for them and the editor's
 * address at the first segment that needs them. A person who is both a task's translator and its
 * reviewer reviews it once it is in review and translates it before.
 */
@ApplicationScoped
public class MyWork {

    /** What a translator still has to do: segments not translated, or sent back. */
    private static final Set<TranslationStatus> TO_TRANSLATE =
            EnumSet.of(TranslationStatus.NEW, TranslationStatus.DRAFT, TranslationStatus.REJECTED);
    private static final Set<TranslationStatus> TO_REVIEW = EnumSet.of(TranslationStatus.TRANSLATED);

    @Schema(name = "MyTask")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record MyTaskView(long jobId, String jobTitle, String externalId, String language,
                             @Schema(enumeration = {"translator", "reviewer"}) String role,
                             @Schema(enumeration = {"OPEN", "IN_TRANSLATION", "IN_REVIEW"}) String status,
                             Instant dueAt, boolean overdue,
                             @Schema(description = "Words not yet translated (a translator) or reviewed (a reviewer)")
                             int wordsLeft, int words, int round,
                             @Schema(description = "The first segment that needs the caller; absent when none does")
                             Long firstSegment,
                             @Schema(description = "The editor, at that segment") String link) {
    }

    @Transactional
    public List<MyTaskView> of(String person) {
        List<TaskEntity> tasks = TaskEntity.ROWS.list("(translator = ?1 or reviewer = ?1) and status <> ?2", person,
                TaskStatus.DONE);
        if (tasks.isEmpty()) {
            return List.of();
        }
        Map<Long, JobEntity> jobs = JobEntity.ROWS.list("id in ?1", tasks.stream().map(t -> t.jobId).toList())
                .stream().collect(java.util.stream.Collectors.toMap(j -> j.id, j -> j));
        Map<Long, ProgressView> progress = JobQueries.progress(tasks.stream().map(t -> t.id).toList());
        Instant now = Instant.now();
        return tasks.stream()
                .map(t -> view(jobs.get(t.jobId), t, progress.get(t.id), person, now))
                .sorted(Comparator.comparing(MyTaskView::dueAt, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(Comparator.comparing(MyTaskView::jobId).reversed()))
                .toList();
    }

    private static MyTaskView view(JobEntity job, TaskEntity task, ProgressView progress, String person, Instant now) {
        boolean reviews = person.equals(task.reviewer) && (!person.equals(task.translator) || task.status == TaskStatus.IN_REVIEW);
        int left = progress.words() - (reviews ? progress.wordsReviewed() : progress.wordsTranslated());
        Long first = firstSegment(task.id, reviews ? TO_REVIEW : TO_TRANSLATE);
        String editor = "/jobs/" + job.id + "/" + task.language;
        return new MyTaskView(job.id, job.title, job.externalId, task.language, reviews ? "reviewer" : "translator",
                task.status.name(), task.dueAt, task.dueAt != null && task.dueAt.isBefore(now), left, progress.words(),
                task.round, first, first == null ? editor : editor + "#segment-" + first);
    }

    private static Long firstSegment(long taskId, Set<TranslationStatus> statuses) {
        return TranslationEntity.ROWS.entities().createQuery("select s.id from TranslationEntity t, SegmentEntity s "
                        + "where s.id = t.segmentId and t.taskId = ?1 and t.status in ?2 order by s.ordinal", Long.class)
                .setParameter(1, taskId).setParameter(2, statuses).setMaxResults(1)
                .getResultStream().findFirst().orElse(null);
    }
}
