package org.tarjoman.core;

/** The article has no text to translate: empty, whitespace only, or markup without text. */
public final class EmptyArticleException extends ArticleException {

    public EmptyArticleException(String detail) {
        super(detail);
    }
}
