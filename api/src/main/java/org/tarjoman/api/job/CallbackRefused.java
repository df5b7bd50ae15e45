package org.tarjoman.api.job;

/** A callback URL whose host is not a public address (or cannot be resolved), and not allowed by the operator. */
public class CallbackRefused extends RuntimeException {

    CallbackRefused(String detail) {
        super(detail);
    }
}
