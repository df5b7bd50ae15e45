package org.tarjoman.core;

/** The article's declared source language is not one Tarjoman segments (only Persian, {@code fa}). */
public final class UnsupportedLanguageException extends ArticleException {

    private final String language;

    public UnsupportedLanguageException(String language, String detail) {
        super(detail);
        this.language = language;
    }

    public String language() {
        return language;
    }
}
