package org.tarjoman.api.glossary;

import java.util.Arrays;

import org.tarjoman.core.qa.TargetLanguage;

/** The glossaries there are: one per language pair Tarjoman translates, Persian into each target. */
public enum GlossaryPair {
    FA_EN("fa-en", TargetLanguage.EN),
    FA_RU("fa-ru", TargetLanguage.RU);

    private final String value;
    private final TargetLanguage target;

    GlossaryPair(String value, TargetLanguage target) {
        this.value = value;
        this.target = target;
    }

    /** As in the API and the table: {@code fa-en}. */
    public String value() {
        return value;
    }

    public TargetLanguage target() {
        return target;
    }

    /** {@code fa-en} or {@code fa-ru}; any other text is an {@link UnknownGlossary}. */
    public static GlossaryPair of(String value) {
        return Arrays.stream(values()).filter(p -> p.value.equals(value)).findFirst()
                .orElseThrow(() -> new UnknownGlossary(value));
    }

    /** The glossary a task of target {@code language} reads, or null for a language without one. */
    public static GlossaryPair forTarget(String language) {
        return TargetLanguage.find(language)
                .flatMap(target -> Arrays.stream(values()).filter(p -> p.target == target).findFirst())
                .orElse(null);
    }
}
