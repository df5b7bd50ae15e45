package org.tarjoman.api.webhook;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.tarjoman.api.job.JobDone;
import org.tarjoman.api.job.TaskDone;

/**
 * The JSON body of a {@code task.done} or {@code job.done} event, as the README documents it; links
 * are relative to Tarjoman's base URL. {@code language} and the document link are only in
 * {@code task.done}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record WebhookPayload(String event, long jobId, @JsonInclude(JsonInclude.Include.ALWAYS) String externalId,
                      int revision, String language, String status, Instant occurredAt, Links links) {

    record Links(String job, String document) {
    }

    static WebhookPayload of(TaskDone done) {
        String job = jobLink(done.jobId());
        return new WebhookPayload(WebhookOutbox.TASK_DONE, done.jobId(), done.externalId(), done.revision(),
                done.language(), "DONE", done.occurredAt(),
                new Links(job, job + "/tasks/" + done.language() + "/document"));
    }

    static WebhookPayload of(JobDone done) {
        return new WebhookPayload(WebhookOutbox.JOB_DONE, done.jobId(), done.externalId(), done.revision(), null, "DONE",
                done.occurredAt(), new Links(jobLink(done.jobId()), null));
    }

    private static String jobLink(long jobId) {
        return "/api/v1/jobs/" + jobId;
    }
}
