package org.tarjoman.api.memory;

import org.tarjoman.memory.MemoryName;

/** A write into a memory marked read-only (a client's reference memory): nothing was written. */
public class MemoryReadOnly extends RuntimeException {

    private final MemoryName memory;

    MemoryReadOnly(MemoryName memory) {
        super("Memory '" + memory + "' is read-only; nothing was written. A coordinator can make it writable "
                + "(PATCH /api/v1/memories/" + memory + " {\"readOnly\": false}).");
        this.memory = memory;
    }

    public MemoryName memory() {
        return memory;
    }
}
