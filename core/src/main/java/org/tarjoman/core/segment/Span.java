package org.tarjoman.core.segment;

/** A half-open range {@code [start, end)} of a text. */
public record Span(int start, int end) {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    public String of(CharSequence text) {
        return text.subSequence(start, end).toString();
    }
}
