package org.tarjoman.core.xliff;

/**
 * An XLIFF file we refuse: not XML, a DOCTYPE or entity, not XLIFF 1.2/2.x, or a unit we cannot
 * map back. Says where: the line (1-based, -1 if unknown) and the unit's id when inside one.
 */
public class XliffFormatException extends RuntimeException {

    private final String reason;
    private final int line;
    private final String unitId;

    public XliffFormatException(String reason, int line, String unitId) {
        this(reason, line, unitId, null);
    }

    public XliffFormatException(String reason, int line, String unitId, Throwable cause) {
        super(describe(reason, line, unitId), cause);
        this.reason = reason;
        this.line = line;
        this.unitId = unitId;
    }

    /** What is wrong, without the place. */
    public String reason() {
        return reason;
    }

    public int line() {
        return line;
    }

    /** The unit the problem is in, or null. */
    public String unitId() {
        return unitId;
    }

    private static String describe(String reason, int line, String unitId) {
        return (line > 0 ? "line " + line + ": " : "") + (unitId != null ? "unit " + unitId + ": " : "") + reason;
    }
}
