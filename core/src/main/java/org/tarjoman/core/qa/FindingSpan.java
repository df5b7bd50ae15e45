package org.tarjoman.core.qa;

import java.util.Objects;

/**
 * Where a finding is: a half-open range {@code [start, end)} of the source's or the target's
 * <em>tagged</em> text, the string the editor and the API hold (tags and {@code &amp;} included),
 * so a client highlights it without re-parsing.
 */
public record FindingSpan(Side side, int start, int end) {

    public FindingSpan {
        Objects.requireNonNull(side, "side");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }
}
