package org.tarjoman.api.job;

/** A job, a task of it or a segment of it that does not exist. */
public class JobNotFound extends RuntimeException {

    JobNotFound(String detail) {
        super(detail);
    }

    static JobNotFound job(long jobId) {
        return new JobNotFound("There is no job " + jobId + ".");
    }

    static JobNotFound task(long jobId, String language) {
        return new JobNotFound("Job " + jobId + " has no task for language '" + language + "'.");
    }

    static JobNotFound segment(long jobId, long segmentId) {
        return new JobNotFound("Job " + jobId + " has no segment " + segmentId + ".");
    }
}
