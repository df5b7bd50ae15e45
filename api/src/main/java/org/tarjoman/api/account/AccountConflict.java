package org.tarjoman.api.account;

/** A user name that is taken, or a change that would leave no enabled admin. */
public class AccountConflict extends RuntimeException {

    public AccountConflict(String message) {
        super(message);
    }
}
