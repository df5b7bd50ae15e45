package org.tarjoman.api.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.tarjoman.api.job.JobDone;
import org.tarjoman.api.job.TaskDone;

/**
 * Turns the job service's domain events into outbox rows for the job's callback URL. The observers are
 * synchronous, so the row is written in the transaction that finished the task or job and exists
 * exactly when that change committed.
 */
@ApplicationScoped
class JobEventListener {

    private final WebhookOutbox outbox;

    JobEventListener(WebhookOutbox outbox) {
        this.outbox = outbox;
    }

    void taskDone(@Observes TaskDone done) {
        outbox.enqueue(done.jobId(), done.callbackUrl(), WebhookOutbox.TASK_DONE, WebhookPayload.of(done));
    }

    void jobDone(@Observes JobDone done) {
        outbox.enqueue(done.jobId(), done.callbackUrl(), WebhookOutbox.JOB_DONE, WebhookPayload.of(done));
    }
}
