package org.tarjoman.memory;

/** How a memory unit matches a query, from best to worst; see the module README for the scores. */
public enum MatchKind {
    /** Same source and the same previous and next source segments: 101. */
    IN_CONTEXT,
    /** Identical source text: 100. */
    EXACT,
    /** Identical only after Persian normalization (ي/ی, ك/ک, ZWNJ or space, digits, diacritics): 98–99. */
    NORMALIZED,
    /** Similar word sequence: below 98. */
    FUZZY
}
