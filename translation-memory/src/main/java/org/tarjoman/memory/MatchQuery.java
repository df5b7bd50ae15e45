package org.tarjoman.memory;

import java.util.Objects;

/**
 * What to look up: a source segment (tagged text), optionally with its neighbours for in-context
 * matches, the lowest score wanted (0–100) and how many matches at most.
 */
public record MatchQuery(String source, String previous, String next, int threshold, int limit) {

    public static final int DEFAULT_THRESHOLD = 70;
    public static final int DEFAULT_LIMIT = 5;

    public MatchQuery {
        Objects.requireNonNull(source, "source");
        if (threshold < 0 || threshold > 100) {
            throw new IllegalArgumentException("threshold must be between 0 and 100, was " + threshold);
        }
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, was " + limit);
        }
    }

    public static MatchQuery of(String source) {
        return new MatchQuery(source, null, null, DEFAULT_THRESHOLD, DEFAULT_LIMIT);
    }
}
