package org.tarjoman.api.account;

/** No such user or API key. */
public class UnknownAccount extends RuntimeException {

    public UnknownAccount(String message) {
        super(message);
    }
}
