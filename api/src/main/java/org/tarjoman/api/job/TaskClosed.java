package org.tarjoman.api.job;

/** A manager closed the task: nothing more is saved into it. */
public class TaskClosed extends RuntimeException {

    public TaskClosed(TaskEntity task, String consequence) {
        super("The " + task.language + " task was closed: " + task.closedReason + consequence);
    }
}
