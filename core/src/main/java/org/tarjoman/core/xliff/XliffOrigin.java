package org.tarjoman.core.xliff;

/** Where a unit's current target came from: the memory, machine translation, a person, an imported file. */
public enum XliffOrigin {
    TM,
    MT,
    HUMAN,
    IMPORT
}
