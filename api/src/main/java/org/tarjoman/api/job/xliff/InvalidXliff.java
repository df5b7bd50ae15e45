package org.tarjoman.api.job.xliff;

/** An XLIFF file that cannot be imported into a task; nothing of it was. */
public class InvalidXliff extends RuntimeException {

    private final String unit;
    private final int line;

    InvalidXliff(String detail, String unit, int line) {
        super(detail + (detail.endsWith(".") ? "" : ".") + " Nothing was imported.");
        this.unit = unit;
        this.line = line;
    }

    /** The unit at fault, or null when the file as a whole is. */
    public String unit() {
        return unit;
    }

    /** The line at fault, or 0 when unknown. */
    public int line() {
        return line;
    }
}
