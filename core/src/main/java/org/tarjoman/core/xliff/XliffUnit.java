package org.tarjoman.core.xliff;

import java.util.List;
import java.util.Objects;

import org.tarjoman.core.document.InlineCode;

/**
 * One segment as it travels in an XLIFF file.
 *
 * @param id      stable id (the segment's id), the file's unit id
 * @param source  tagged text of the source (see {@link org.tarjoman.core.document.TaggedText})
 * @param codes   the source's inline codes with their native markup; written as original data,
 *                and used to map a file's codes back by id
 * @param target  tagged text of the target, or null when there is none
 * @param state   translation state
 * @param origin  where the target came from, or null
 * @param score   memory score of the target, or null
 * @param version the translation's version when exported, or null when the file does not say
 * @param matches memory matches offered with the unit
 * @param notes   notes for the translator
 * @param line    line of the unit in the file it was read from; 0 for units built in code
 */
public record XliffUnit(String id, String source, List<InlineCode> codes, String target, XliffState state,
                        XliffOrigin origin, Integer score, Long version, List<XliffMatch> matches, List<String> notes,
                        int line) {

    public XliffUnit {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(state, "state");
        codes = List.copyOf(codes);
        matches = List.copyOf(matches);
        notes = List.copyOf(notes);
    }
}
