package org.tarjoman.api.glossary;

/** A CSV or TBX glossary file that cannot be imported, with the line at fault (0 when none is). */
public class InvalidGlossaryFile extends RuntimeException {

    private final long line;

    public InvalidGlossaryFile(long line, String reason) {
        super(line > 0 ? "Line " + line + ": " + reason : reason);
        this.line = line;
    }

    public long line() {
        return line;
    }
}
