package org.tarjoman.core.xliff;

/**
 * A unit's translation state as Tarjoman knows it; {@link XliffStates} maps it to and from the
 * {@code state} attributes of XLIFF 1.2 and 2.x.
 */
public enum XliffState {
    NEW,
    DRAFT,
    TRANSLATED,
    REVIEWED,
    REJECTED
}
