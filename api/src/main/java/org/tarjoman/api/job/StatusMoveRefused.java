package org.tarjoman.api.job;

import java.util.Set;

/** A move of a translation (or a task) that the person's role does not allow from where it stands. */
public class StatusMoveRefused extends RuntimeException {

    private final TranslationStatus from;
    private final Set<TranslationStatus> allowed;

    StatusMoveRefused(String detail, TranslationStatus from, Set<TranslationStatus> allowed) {
        super(detail);
        this.from = from;
        this.allowed = allowed;
    }

    /** Where the translation stands, or null when the refused move was a task's. */
    public TranslationStatus from() {
        return from;
    }

    public Set<TranslationStatus> allowed() {
        return allowed;
    }
}
