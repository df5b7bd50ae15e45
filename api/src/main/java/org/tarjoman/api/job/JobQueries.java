package org.tarjoman.api.job;

import org.tarjoman.api.persistence.Rows;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;


import org.tarjoman.api.job.JobViews.JobPage;
import org.tarjoman.api.job.JobViews.JobView;
import org.tarjoman.api.job.JobViews.ProgressView;
import org.tarjoman.api.job.JobViews.TaskView;

/** Reads jobs with their tasks, analysis and progress. */
@ApplicationScoped
@Transactional
public class JobQueries {

    public Optional<JobView> job(long id) {
        return JobEntity.ROWS.findByIdOptional(id).map(job -> views(List.of(job)).get(0));
    }

    public JobView view(JobEntity job) {
        return views(List.of(job)).get(0);
    }

    /** Newest first; {@code q} searches title and external id, case-insensitively. */
    public JobPage list(JobStatus status, String language, String q, int page, int size) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (status != null) {
            where.append(" and status = :status");
            parameters.put("status", status);
        }
        if (language != null && !language.isBlank()) {
            where.append(" and id in (select t.jobId from TaskEntity t where t.language = :language)");
            parameters.put("language", language.trim().toLowerCase(Locale.ROOT));
        }
        if (q != null && !q.isBlank()) {
            where.append(" and (lower(title) like :q or lower(externalId) like :q)");
            parameters.put("q", "%" + q.trim().toLowerCase(Locale.ROOT) + "%");
        }
        Rows.Found<JobEntity> query = JobEntity.ROWS.find(where + " order by createdAt desc, id desc", parameters);
        // A page past any possible row is empty; asking for it must not overflow the row offset.
        List<JobEntity> jobs = (long) page * size > Integer.MAX_VALUE ? List.of() : query.page(page, size).list();
        return new JobPage(views(jobs), page, size, query.count());
    }

    private List<JobView> views(List<JobEntity> jobs) {
        if (jobs.isEmpty()) {
            return List.of();
        }
        List<Long> jobIds = jobs.stream().map(j -> j.id).toList();
        List<TaskEntity> tasks = TaskEntity.ROWS.list("jobId in ?1 order by id", jobIds);
        Map<Long, ProgressView> progress = progress(tasks.stream().map(t -> t.id).toList());
        Map<Long, Long> segmentCounts = new HashMap<>();
        SegmentEntity.ROWS.entities()
                .createQuery("select s.jobId, count(s) from SegmentEntity s where s.jobId in ?1 group by s.jobId", Object[].class)
                .setParameter(1, jobIds).getResultList()
                .forEach(row -> segmentCounts.put((Long) row[0], (Long) row[1]));
        Map<Long, List<JobViews.RoundView>> reopenings = TaskRoundEntity.reopenings(
                tasks.stream().filter(t -> t.round > 1).map(t -> t.id).toList());
        List<JobView> views = new ArrayList<>(jobs.size());
        for (JobEntity job : jobs) {
            List<TaskView> taskViews = tasks.stream().filter(t -> t.jobId == job.id)
                    .map(t -> taskView(job, t, progress.get(t.id), reopenings.get(t.id))).toList();
            views.add(new JobView(job.id, job.externalId, job.revision, job.supersedesId, job.title, job.sourceLanguage,
                    job.format, job.status.name(), job.words, segmentCounts.getOrDefault(job.id, 0L).intValue(), job.dueAt,
                    job.callbackUrl, job.createdAt, job.updatedAt, taskViews));
        }
        return views;
    }

    /** The task as the API shows it, with its reopenings read on their own. */
    static TaskView taskView(JobEntity job, TaskEntity task, ProgressView progress) {
        return taskView(job, task, progress, task.round > 1 ? TaskRoundEntity.reopenings(List.of(task.id)).get(task.id) : null);
    }

    private static TaskView taskView(JobEntity job, TaskEntity task, ProgressView progress,
                                     List<JobViews.RoundView> reopenings) {
        String base = "/api/v1/jobs/" + job.id + "/tasks/" + task.language;
        Map<String, String> links = new LinkedHashMap<>();
        links.put("segments", base + "/segments");
        links.put("document", base + "/document");
        links.put("editor", "/jobs/" + job.id + "/" + task.language);
        return new TaskView(task.id, task.language, task.status.name(), task.translator, task.reviewer, task.dueAt,
                task.closedReason, JobViews.QaOverrideView.of(task), Analysis.of(task.analysis).view(), progress, TaskMemories.setup(job, task), links,
                task.round, reopenings);
    }

    /** Segments and words per status for each task, from one grouped query. */
    static Map<Long, ProgressView> progress(List<Long> taskIds) {
        Map<Long, Map<TranslationStatus, int[]>> counts = new HashMap<>();
        if (!taskIds.isEmpty()) {
            TranslationEntity.ROWS.entities().createQuery(
                            "select t.taskId, t.status, count(t), sum(s.words) from TranslationEntity t, SegmentEntity s "
                                    + "where s.id = t.segmentId and t.taskId in ?1 group by t.taskId, t.status", Object[].class)
                    .setParameter(1, taskIds).getResultList()
                    .forEach(row -> counts.computeIfAbsent((Long) row[0], k -> new EnumMap<>(TranslationStatus.class))
                            .put((TranslationStatus) row[1], new int[] {((Long) row[2]).intValue(), ((Number) row[3]).intValue()}));
        }
        Map<Long, ProgressView> progress = new HashMap<>();
        for (Long taskId : taskIds) {
            Map<TranslationStatus, int[]> byStatus = counts.getOrDefault(taskId, Map.of());
            int segments = 0;
            int words = 0;
            Map<String, Integer> segmentsByStatus = new LinkedHashMap<>();
            for (TranslationStatus status : TranslationStatus.values()) {
                int[] c = byStatus.getOrDefault(status, new int[2]);
                segments += c[0];
                words += c[1];
                segmentsByStatus.put(status.name(), c[0]);
            }
            int[] translated = byStatus.getOrDefault(TranslationStatus.TRANSLATED, new int[2]);
            int[] reviewed = byStatus.getOrDefault(TranslationStatus.REVIEWED, new int[2]);
            progress.put(taskId, new ProgressView(segments, translated[0] + reviewed[0], reviewed[0], words,
                    translated[1] + reviewed[1], reviewed[1], segmentsByStatus));
        }
        return progress;
    }
}
