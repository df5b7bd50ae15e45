package org.tarjoman.memory.tmx;

/** Receives a TMX file as it is read: the header first, then each {@code tu} as soon as it is complete. */
@FunctionalInterface
public interface TmxHandler {

    /** Called once, before the first entry, when the file has a {@code <header>}. */
    default void header(TmxHeader header) {
    }

    void entry(TmxEntry entry);
}
