package org.tarjoman.core.qa;

import java.util.List;
import java.util.Objects;

/**
 * A glossary term recognised in the source, as the glossary (outside core) hands it to QA.
 *
 * @param start     inclusive offset of the term in the source's plain text
 * @param end       exclusive offset
 * @param term      the Persian term as entered in the glossary ({@code پزشکیان})
 * @param allowed   its translations for this target, preferred first ({@code Pezeshkian}); one must appear
 * @param forbidden translations that must not appear ({@code Pezeshkiyan})
 */
public record TermHit(int start, int end, String term, List<String> allowed, List<String> forbidden) {

    public TermHit {
        Objects.requireNonNull(term, "term");
        allowed = List.copyOf(allowed);
        forbidden = List.copyOf(forbidden);
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }
}
