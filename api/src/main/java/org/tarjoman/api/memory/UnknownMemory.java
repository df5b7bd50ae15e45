package org.tarjoman.api.memory;

/** A read of a memory that does not exist (memories are created by their first write or import). */
public class UnknownMemory extends RuntimeException {

    UnknownMemory(String memory) {
        super("There is no translation memory '" + memory + "'.");
    }
}
