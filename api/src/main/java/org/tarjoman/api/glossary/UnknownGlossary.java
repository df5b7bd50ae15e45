package org.tarjoman.api.glossary;

/** A glossary pair that does not exist: only fa-en and fa-ru have one. */
public class UnknownGlossary extends RuntimeException {

    UnknownGlossary(String pair) {
        super("There is no glossary '" + pair + "': the glossaries are fa-en and fa-ru.");
    }
}
