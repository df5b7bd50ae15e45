package org.tarjoman.core.xliff;

import java.util.Objects;

/**
 * A memory match offered with a unit (1.2 {@code alt-trans}, 2.x {@code mtc:match}).
 *
 * @param source tagged text of the memory unit's source
 * @param target tagged text of the memory unit's target
 * @param score  0–101 (101 = in-context); files carry at most 100
 * @param origin what the match is, e.g. {@code EXACT}, {@code FUZZY}, or the memory's name
 */
public record XliffMatch(String source, String target, int score, String origin) {

    public XliffMatch {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
    }
}
