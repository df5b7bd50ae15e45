package org.tarjoman.api.memory;

import org.tarjoman.memory.MemoryName;

/** A memory created under a name that is taken. */
public class MemoryExists extends RuntimeException {

    MemoryExists(MemoryName memory) {
        super("Memory '" + memory + "' exists already; change it with PATCH /api/v1/memories/" + memory + ".");
    }
}
