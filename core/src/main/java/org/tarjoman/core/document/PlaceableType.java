package org.tarjoman.core.document;

/** Kinds of tokens a translator copies rather than translates, and QA checks in the target. */
public enum PlaceableType {
    NUMBER,
    DATE,
    TIME,
    URL,
    EMAIL,
    LATIN
}
