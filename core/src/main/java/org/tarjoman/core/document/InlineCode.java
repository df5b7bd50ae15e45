package org.tarjoman.core.document;

import java.util.Objects;

/**
 * Markup inside a segment (a {@code <b>}, an {@code <a href>}, a {@code <br/>}) that the translator
 * must carry over but not translate. An opening and its closing code share the same {@code id}.
 *
 * @param id     number of the code inside its segment, 1-based, shared by an opening/closing pair
 * @param kind   opening, closing or standalone placeholder
 * @param offset position in the segment's plain text where the code stands
 * @param type   element name ({@code b}, {@code a}, {@code img}…), for display and XLIFF ctype
 * @param data   the original markup, restored verbatim on output
 */
public record InlineCode(int id, Kind kind, int offset, String type, String data) {

    public enum Kind {
        OPENING,
        CLOSING,
        PLACEHOLDER
    }

    public InlineCode {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(data, "data");
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative: " + offset);
        }
    }
}
