package org.tarjoman.api.glossary;

/** A term the glossary refuses for what it says, beyond the field checks: a forbidden translation that is also allowed. */
public class InvalidTerm extends RuntimeException {

    InvalidTerm(String message) {
        super(message);
    }
}
