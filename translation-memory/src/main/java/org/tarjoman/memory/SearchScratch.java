package org.tarjoman.memory;

import java.util.Arrays;

/**
 * One thread's reusable buffers for searches, so a query allocates almost nothing: the set of
 * ordinals already looked at (a bitset cleared through the list of touched words) and the rows of
 * the distance computation.
 */
final class SearchScratch {

    private long[] seen = new long[1024];
    private int[] touched = new int[1024];
    private int touchedCount;
    int[] unitTokens = new int[64];
    int[] rowA = new int[66];
    int[] rowB = new int[66];
    /** The query's token ids, and (document frequency, position) pairs to order them rarest first. */
    int[] queryTokens = new int[64];
    long[] queryOrder = new long[64];
    /** Per token id: how often the current query has it, and how many of those a candidate used. */
    int[] queryCount = new int[1024];
    int[] usedCount = new int[1024];
    int[] usedStamp = new int[1024];
    int stamp;
    /** Candidates of one posting list looked at together ({@code FuzzySearch}'s batches). */
    static final int BATCH = 64;
    final int[] batchOrdinals = new int[BATCH];
    final int[] batchLengths = new int[BATCH];
    final int[] batchStarts = new int[BATCH];
    /** Keeps the reads that only warm the cache from being dropped as dead code. */
    private int warm;

    void begin(int ordinals) {
        if (seen.length * 64L < ordinals) {
            seen = new long[ordinals / 64 + 1];
        }
    }

    /** Marks an ordinal as looked at; false if it already was. */
    boolean mark(int ord) {
        long bit = 1L << ord;
        int word = ord >>> 6;
        if ((seen[word] & bit) != 0) {
            return false;
        }
        if (seen[word] == 0) {
            if (touchedCount == touched.length) {
                touched = Arrays.copyOf(touched, touchedCount * 2);
            }
            touched[touchedCount++] = word;
        }
        seen[word] |= bit;
        return true;
    }

    void end() {
        for (int i = 0; i < touchedCount; i++) {
            seen[touched[i]] = 0;
        }
        touchedCount = 0;
    }

    /** Sizes the per-unit buffers for units and queries of up to {@code tokens} tokens. */
    void fit(int tokens) {
        if (unitTokens.length < tokens) {
            unitTokens = new int[tokens];
            rowA = new int[tokens + 2];
            rowB = new int[tokens + 2];
            queryTokens = new int[tokens];
            queryOrder = new long[tokens];
        }
    }

    void fitVocabulary(int size) {
        if (queryCount.length < size) {
            int capacity = Math.max(size, queryCount.length * 2);
            queryCount = new int[capacity];
            usedCount = new int[capacity];
            usedStamp = new int[capacity];
            stamp = 0;
        }
    }

    void touched(int bytesRead) {
        warm += bytesRead;
    }

    /** A fresh stamp for one candidate's overlap count. */
    int nextStamp() {
        if (++stamp == Integer.MAX_VALUE) {
            Arrays.fill(usedStamp, 0);
            stamp = 1;
        }
        return stamp;
    }
}
