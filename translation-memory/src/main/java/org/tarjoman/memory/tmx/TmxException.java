package org.tarjoman.memory.tmx;

/**
 * A TMX file that cannot be imported as a whole. The application rolls its import transaction back
 * and answers with the message, which names the problem (and its position when there is one).
 */
public abstract sealed class TmxException extends RuntimeException permits TmxFormatException, TmxLanguageException {

    protected TmxException(String message, Throwable cause) {
        super(message, cause);
    }
}
