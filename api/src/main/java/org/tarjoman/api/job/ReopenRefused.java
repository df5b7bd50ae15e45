package org.tarjoman.api.job;

/** Only a delivered (DONE) task can be reopened for a correction. */
public class ReopenRefused extends RuntimeException {

    ReopenRefused(TaskEntity task) {
        super("The " + task.language + " task of job " + task.jobId + " is " + task.status
                + ", not delivered: only a DONE task is reopened for a correction.");
    }
}
