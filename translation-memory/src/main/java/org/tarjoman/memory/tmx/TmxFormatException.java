package org.tarjoman.memory.tmx;

/**
 * The input is not XML, not TMX, or uses a forbidden XML feature (a DOCTYPE internal subset, entity
 * declarations). The message reads {@code line 12, column 5: <seg> outside <tuv>}; line and column
 * are 1-based, or -1 when the parser could not tell.
 */
public final class TmxFormatException extends TmxException {

    private final int line;
    private final int column;
    private final String reason;

    public TmxFormatException(int line, int column, String reason) {
        this(line, column, reason, null);
    }

    public TmxFormatException(int line, int column, String reason, Throwable cause) {
        super(line > 0 ? "line " + line + ", column " + column + ": " + reason : reason, cause);
        this.line = line;
        this.column = column;
        this.reason = reason;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    /** The message without its position. */
    public String reason() {
        return reason;
    }
}
