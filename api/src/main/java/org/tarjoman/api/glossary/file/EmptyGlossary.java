package org.tarjoman.api.glossary.file;

import org.tarjoman.api.glossary.GlossaryPair;

/** A TBX export of a glossary without terms: TBX (ISO 30042) requires at least one concept entry in its body. */
public class EmptyGlossary extends RuntimeException {

    EmptyGlossary(GlossaryPair pair) {
        super("The glossary " + pair.value() + " has no terms yet, and a TBX document holds at least one concept entry."
                + " Add a term first; the CSV export answers with its header line alone.");
    }
}
