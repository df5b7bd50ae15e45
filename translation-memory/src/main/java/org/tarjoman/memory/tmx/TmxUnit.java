package org.tarjoman.memory.tmx;

import java.util.List;
import java.util.Objects;

import org.tarjoman.core.document.InlineCode;
import org.tarjoman.memory.TranslationUnit;

/**
 * A translation unit with the native markup of its inline codes, which tagged text leaves out
 * ({@code <g id="1">} says where a code stands, not that it was {@code <b>}). Import hands these to
 * the {@link UnitSink}; export takes them back, so {@code <bpt i="1">&lt;b></bpt>} survives a round
 * trip when the application stores the codes. Codes are matched to the tagged text by id and kind;
 * their offsets are not used.
 */
public record TmxUnit(TranslationUnit unit, List<InlineCode> sourceCodes, List<InlineCode> targetCodes) {

    public TmxUnit {
        Objects.requireNonNull(unit, "unit");
        sourceCodes = List.copyOf(sourceCodes);
        targetCodes = List.copyOf(targetCodes);
    }

    /** A unit whose codes' native markup is unknown: they export with empty content. */
    public static TmxUnit of(TranslationUnit unit) {
        return new TmxUnit(unit, List.of(), List.of());
    }

    public TmxUnit withUnit(TranslationUnit replacement) {
        return new TmxUnit(replacement, sourceCodes, targetCodes);
    }
}
