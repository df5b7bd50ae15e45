package org.tarjoman.core.document;

import java.util.List;
import java.util.Objects;

/**
 * One translation unit of an article: usually a sentence.
 *
 * @param index      position inside its block, 0-based
 * @param text       the source exactly as received (ZWNJ, digits and spelling untouched), without markup
 * @param words      word count, see {@link org.tarjoman.core.count.WordCounter}
 * @param codes      inline markup standing in the text, ordered by offset
 * @param placeables numbers, dates, URLs… found in the text, ordered by start
 */
public record Segment(int index, String text, int words, List<InlineCode> codes, List<Placeable> placeables) {

    public Segment {
        Objects.requireNonNull(text, "text");
        codes = List.copyOf(codes);
        placeables = List.copyOf(placeables);
    }

    public boolean hasCodes() {
        return !codes.isEmpty();
    }
}
