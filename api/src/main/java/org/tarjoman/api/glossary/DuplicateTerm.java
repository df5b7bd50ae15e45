package org.tarjoman.api.glossary;

/** A term whose source (in any spelling) and target another entry of the glossary has already. */
public class DuplicateTerm extends RuntimeException {

    private final long existing;

    DuplicateTerm(GlossaryPair pair, String source, String target, long existing) {
        super("Term " + existing + " of the " + pair.value() + " glossary translates " + source + " as " + target
                + " already: add the alternatives or the forbidden translations to that term instead.");
        this.existing = existing;
    }

    /** The term that holds this translation. */
    public long existing() {
        return existing;
    }
}
