package org.tarjoman.api.job;

/** A target that cannot be saved as it is: missing where the status needs one, or with broken inline codes. */
public class InvalidTranslation extends RuntimeException {

    public InvalidTranslation(String detail) {
        super(detail);
    }
}
