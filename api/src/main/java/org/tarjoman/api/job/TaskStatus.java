package org.tarjoman.api.job;

/**
 * {@code OPEN → IN_TRANSLATION → IN_REVIEW → DONE}: a task is in translation from its first save,
 * in review once every segment is translated, and done when every segment is reviewed (or a
 * manager closes it with a reason).
 */
public enum TaskStatus {
    OPEN,
    IN_TRANSLATION,
    IN_REVIEW,
    DONE
}
