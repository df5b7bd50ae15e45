package org.tarjoman.core.document;

/**
 * A tagged text (see {@link TaggedText}) that is not well formed or does not carry the source
 * segment's inline codes exactly once each. The message says what is wrong and where.
 */
public class InvalidTaggedTextException extends RuntimeException {

    public InvalidTaggedTextException(String message) {
        super(message);
    }
}
