package org.tarjoman.api.job.mt;

/** No machine translation for a request: no engine is configured for the language, or none answered usably. */
public class MtUnavailable extends RuntimeException {

    /** Why: nothing to ask (503), or the engines failed (502). */
    public enum Reason { NOT_CONFIGURED, ENGINE_FAILED }

    private final Reason reason;
    private final String engine;

    public MtUnavailable(Reason reason, String engine, String message) {
        super(message);
        this.reason = reason;
        this.engine = engine;
    }

    public Reason reason() {
        return reason;
    }

    /** The engine that failed last, or null. */
    public String engine() {
        return engine;
    }
}
