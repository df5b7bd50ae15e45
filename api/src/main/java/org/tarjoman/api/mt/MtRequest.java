package org.tarjoman.api.mt;

import java.util.List;

/**
 * One segment to translate by machine, with what grounds the translation: the neighbours for context
 * (never translated), the best fuzzy memory matches as examples, the glossary terms found in the
 * sentence and the numbers and Solar Hijri dates core already converted for the target language, so a
 * model copies "17 January 2025" instead of converting the calendar itself.
 *
 * @param source tagged text as a segment holds it ({@code <g id="1">…</g>}, {@code <x id="2"/>})
 */
public record MtRequest(String sourceLanguage, String targetLanguage, String source,
                        List<String> before, List<String> after,
                        List<MtExample> examples, List<MtTerm> terms, List<MtConversion> conversions) {

    public MtRequest {
        before = List.copyOf(before);
        after = List.copyOf(after);
        examples = List.copyOf(examples);
        terms = List.copyOf(terms);
        conversions = List.copyOf(conversions);
    }

    /** A request with nothing but the sentence. */
    public static MtRequest of(String sourceLanguage, String targetLanguage, String source) {
        return new MtRequest(sourceLanguage, targetLanguage, source, List.of(), List.of(), List.of(), List.of(), List.of());
    }
}
