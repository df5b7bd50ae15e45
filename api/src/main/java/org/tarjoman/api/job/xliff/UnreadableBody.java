package org.tarjoman.api.job.xliff;

/** The request body broke off while it was read. */
public class UnreadableBody extends RuntimeException {

    UnreadableBody(Throwable cause) {
        super("The body could not be read; nothing was imported.", cause);
    }
}
