package org.tarjoman.core.document;

import java.util.Objects;

/**
 * A token in a segment's text that needs care: kept in the text, listed with its span so QA can
 * check it and the editor can insert it with one key.
 *
 * @param start inclusive offset in the segment text
 * @param end   exclusive offset in the segment text
 * @param text  the token as written in the source
 * @param value a canonical form where one exists (ASCII digits for numbers, ISO date for a Solar
 *              Hijri date), otherwise the text itself
 */
public record Placeable(PlaceableType type, int start, int end, String text, String value) {

    public Placeable {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(text, "text");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }
}
