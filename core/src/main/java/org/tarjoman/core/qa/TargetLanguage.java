package org.tarjoman.core.qa;

import java.util.Locale;
import java.util.Optional;

/** The languages Tarjoman translates Persian into; the checks' rules depend on it (separators, quotes). */
public enum TargetLanguage {
    EN(Locale.ENGLISH),
    RU(Locale.forLanguageTag("ru"));

    private final Locale locale;

    TargetLanguage(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    /** {@code en} or {@code ru} (any case, region ignored: {@code en-GB}). */
    public static TargetLanguage of(String code) {
        return find(code).orElseThrow(() -> new IllegalArgumentException("QA has no rules for target language " + code));
    }

    /** The target language of {@code code}, or empty for a language QA has no rules for. */
    public static Optional<TargetLanguage> find(String code) {
        String language = Locale.forLanguageTag(code.replace('_', '-')).getLanguage();
        for (TargetLanguage target : values()) {
            if (target.locale.getLanguage().equals(language)) {
                return Optional.of(target);
            }
        }
        return Optional.empty();
    }
}
