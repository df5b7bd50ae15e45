package org.tarjoman.api.mt.engine;

/** An engine did not answer usably for a whole call; the reason is safe to show (it never holds a key). */
public class EngineFailure extends Exception {

    public EngineFailure(String reason) {
        super(reason, null, false, false);
    }

    public String reason() {
        return getMessage();
    }
}
