package org.tarjoman.core.limits;

/**
 * A document over one of the {@link DocumentLimit}s, refused before it cost more; the message is safe to
 * show the client who sent it: {@code line 7: more than 100 elements open at once (limit nesting-depth)}.
 */
public final class DocumentLimitExceeded extends RuntimeException {

    private final DocumentLimit limit;
    private final int line;

    /** @param line 1-based line where the limit was crossed, or -1 when unknown */
    public DocumentLimitExceeded(DocumentLimit limit, int line) {
        super((line > 0 ? "line " + line + ": " : "") + "more than " + String.format("%,d", limit.max()) + " "
                + limit.counted() + " (limit " + limit.key() + ")");
        this.limit = limit;
        this.line = line;
    }

    public DocumentLimit limit() {
        return limit;
    }

    public int line() {
        return line;
    }
}
