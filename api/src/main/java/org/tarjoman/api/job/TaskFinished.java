package org.tarjoman.api.job;

/** A task that is done (every segment reviewed, or closed by a manager) takes no further change of how it works. */
public class TaskFinished extends RuntimeException {

    public TaskFinished(TaskEntity task, String refused) {
        super("The " + task.language + " task is done" + (task.closedReason == null ? "" : " (closed: " + task.closedReason + ")")
                + ": " + refused);
    }
}
