package org.tarjoman.api.memory;

/** An import id that names no import. */
public class UnknownImport extends RuntimeException {

    public UnknownImport(String id) {
        super("There is no import '" + id + "'.");
    }
}
