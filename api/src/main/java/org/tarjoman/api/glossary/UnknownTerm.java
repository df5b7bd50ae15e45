package org.tarjoman.api.glossary;

/** A term id that is not in the pair's glossary. */
public class UnknownTerm extends RuntimeException {

    UnknownTerm(GlossaryPair pair, long id) {
        super("The " + pair.value() + " glossary has no term " + id + ".");
    }
}
