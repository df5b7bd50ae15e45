package org.tarjoman.api.mt;

/** What machine translation gave for one request: a translation, or the reason none came. */
public sealed interface MtOutcome {

    /** @param target tagged text with the source's inline codes restored */
    record Translated(String target, String engine, String model) implements MtOutcome {
    }

    /** No engine answered usably; {@code reason} is safe to show (it never holds a key). */
    record Failed(String engine, String reason) implements MtOutcome {
    }
}
