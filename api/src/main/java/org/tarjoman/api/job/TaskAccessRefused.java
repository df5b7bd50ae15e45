package org.tarjoman.api.job;

/** The actor may not work in this task: not theirs, not in their languages, or not their role. */
public class TaskAccessRefused extends RuntimeException {

    public TaskAccessRefused(String message) {
        super(message);
    }
}
