package org.tarjoman.api.job;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.tarjoman.api.webhook.WebhookOutbox;

/** The events a newsroom receives on its callback URL, queued in the transaction that causes them. */
@ApplicationScoped
public class JobEvents {

    private final WebhookOutbox outbox;

    JobEvents(WebhookOutbox outbox) {
        this.outbox = outbox;
    }

    void taskDone(JobEntity job, TaskEntity task) {
        Map<String, Object> payload = payload("task.done", job);
        payload.put("language", task.language);
        links(payload).put("document", "/api/v1/jobs/" + job.id + "/tasks/" + task.language + "/document");
        outbox.enqueue(job, "task.done", payload);
    }

    void jobDone(JobEntity job) {
        outbox.enqueue(job, "job.done", payload("job.done", job));
    }

    private static Map<String, Object> payload(String event, JobEntity job) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("event", event);
        payload.put("jobId", job.id);
        payload.put("externalId", job.externalId);
        payload.put("revision", job.revision);
        payload.put("status", "DONE");
        payload.put("occurredAt", Instant.now().toString());
        Map<String, Object> links = new LinkedHashMap<>();
        links.put("job", "/api/v1/jobs/" + job.id);
        payload.put("links", links);
        return payload;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> links(Map<String, Object> payload) {
        return (Map<String, Object>) payload.get("links");
    }
}
