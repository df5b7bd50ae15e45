package org.tarjoman.api.job;

/** The whole translated document was asked for while segments are still untranslated. */
public class TaskIncomplete extends RuntimeException {

    private final int untranslated;

    TaskIncomplete(String detail, int untranslated) {
        super(detail);
        this.untranslated = untranslated;
    }

    public int untranslated() {
        return untranslated;
    }
}
