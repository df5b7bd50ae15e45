package org.tarjoman.memory;

/**
 * One place where a match's source differs from the query, as character spans so an editor can
 * highlight them: in the query {@code [queryStart, queryEnd)} and in the match source
 * {@code [sourceStart, sourceEnd)}. An inserted word has an empty query span, a deleted one an empty
 * source span.
 */
public record Difference(Kind kind, int queryStart, int queryEnd, int sourceStart, int sourceEnd) {

    public enum Kind {
        /** Words in the match source that the query lacks. */
        INSERTED,
        /** Words of the query that the match source lacks. */
        DELETED,
        /** Words replaced by others. */
        REPLACED
    }
}
