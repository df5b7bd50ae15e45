package org.tarjoman.api.memory;

/** A memory look-up whose words cannot be understood: a memory name that is no pair, an empty query, an unknown side. */
public class InvalidMemoryRequest extends RuntimeException {

    InvalidMemoryRequest(String detail) {
        super(detail);
    }
}
