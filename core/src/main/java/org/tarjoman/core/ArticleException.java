package org.tarjoman.core;

/** An article core cannot read; the message is safe to show to the client who sent it. */
public abstract class ArticleException extends RuntimeException {

    protected ArticleException(String message) {
        super(message);
    }
}
