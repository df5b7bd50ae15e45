package org.tarjoman.api.job;

/** {@code NEW → DRAFT → TRANSLATED → REVIEWED}, and {@code REJECTED} back to the translator. */
public enum TranslationStatus {
    NEW,
    DRAFT,
    TRANSLATED,
    REVIEWED,
    REJECTED;

    /** Translated or better: counts as done for the translator and goes to the memory. */
    public boolean confirmed() {
        return this == TRANSLATED || this == REVIEWED;
    }
}
