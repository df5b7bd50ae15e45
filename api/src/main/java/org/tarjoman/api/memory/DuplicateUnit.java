package org.tarjoman.api.memory;

/** A correction that would give a memory two units with the same source and target. */
public class DuplicateUnit extends RuntimeException {

    private final long existing;

    DuplicateUnit(String memory, long existing) {
        super("Unit " + existing + " of " + memory + " holds this source and target already: a memory keeps one unit "
                + "per translation. Correct or delete that unit instead.");
        this.existing = existing;
    }

    /** The unit that holds the translation. */
    public long existing() {
        return existing;
    }
}
