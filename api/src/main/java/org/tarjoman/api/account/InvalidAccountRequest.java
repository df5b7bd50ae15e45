package org.tarjoman.api.account;

/** A user or key request whose content is refused: unknown role or scope, weak password, bad language. */
public class InvalidAccountRequest extends RuntimeException {

    public InvalidAccountRequest(String message) {
        super(message);
    }
}
