package org.tarjoman.api.mt.engine;

/** The configuration lists an engine it does not set up fully; the message names the property to fix. */
public class MisconfiguredEngine extends RuntimeException {

    public MisconfiguredEngine(String message) {
        super(message);
    }
}
