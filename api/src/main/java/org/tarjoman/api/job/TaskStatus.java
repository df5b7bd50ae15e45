package org.tarjoman.api.job;

import java.util.Collection;

/**
 * {@code OPEN → IN_TRANSLATION → IN_REVIEW → DONE}: a task is in translation from its first save,
 * in review once every segment is translated, and done when every segment is reviewed and its QA
 * report has no errors or a reviewer overrode them ({@link TaskLifecycle}, {@link TaskCompletion}), or a
 * manager closes it with a reason.
 */
public enum TaskStatus {
    OPEN,
    IN_TRANSLATION,
    IN_REVIEW,
    DONE;

    /** The status of a task that has been saved into, from its translations' statuses. */
    public static TaskStatus fromTranslations(Collection<TranslationStatus> translations) {
        if (translations.isEmpty()) {
            return IN_TRANSLATION;
        }
        boolean allConfirmed = true;
        boolean allReviewed = true;
        for (TranslationStatus status : translations) {
            allConfirmed &= status.confirmed();
            allReviewed &= status == TranslationStatus.REVIEWED;
        }
        return allReviewed ? DONE : allConfirmed ? IN_REVIEW : IN_TRANSLATION;
    }
}
