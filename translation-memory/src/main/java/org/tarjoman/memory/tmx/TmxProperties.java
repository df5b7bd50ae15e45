package org.tarjoman.memory.tmx;

/** The {@code <prop type>}s Tarjoman writes and reads; TMX reserves the {@code x-} prefix for tools. */
final class TmxProperties {

    /** The source segment before this one in its article. */
    static final String CONTEXT_PREVIOUS = "x-context-prev";
    /** The source segment after this one. */
    static final String CONTEXT_NEXT = "x-context-next";
    /** Where the unit came from: a job, a file, a user. */
    static final String ORIGIN = "x-origin";

    private TmxProperties() {
    }
}
