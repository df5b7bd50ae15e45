package org.tarjoman.api.job;

/** Where a target came from: the memory, machine translation, a person in the editor, an imported file. */
public enum Origin {
    TM,
    MT,
    HUMAN,
    IMPORT
}
