package org.tarjoman.memory;

/**
 * The scores of the match kinds and the fuzzy formula; the module README has the table with
 * examples.
 *
 * <p>Fuzzy: with {@code q} and {@code c} the word tokens ({@link Words}) of the query and of a unit's
 * source and {@code d} their word-level Levenshtein distance,
 * {@code score = min(97, floor(100 · (1 − d / max(|q|,|c|))) − penalties)}, where the penalties are
 * {@link #NUMBER_PENALTY} for each number of one side that the other lacks (counted as multisets,
 * the larger side: a replaced number counts once, on top of its edit) and
 * {@link #CODE_COUNT_PENALTY} / {@link #CODE_KIND_PENALTY} when the inline codes differ in count /
 * only in kind or order. Penalties only lower a score, so a unit whose score reaches {@code t} has
 * {@code floor(100 · sim) ≥ t}; candidate retrieval relies on that.
 */
final class Scores {

    static final int IN_CONTEXT = 101;
    static final int EXACT = 100;
    /** Identical after normalization, same word boundaries and codes: only letter forms, digits or diacritics differ. */
    static final int NORMALIZED_SAME_WORDS = 99;
    /** Identical after normalization, but spaces, ZWNJs or inline codes differ. */
    static final int NORMALIZED = 98;
    static final int FUZZY_MAX = 97;
    /**
     * Fuzzy matches are searched down to this score at most, whatever the query's threshold: below it
     * fewer than a third of the words are shared, noise for a translator, and the lossless prefix
     * would take in the posting lists of the most frequent words ({@code و}, {@code در}).
     */
    static final int MIN_FUZZY = 30;
    static final int NUMBER_PENALTY = 2;
    static final int CODE_COUNT_PENALTY = 2;
    static final int CODE_KIND_PENALTY = 1;

    private Scores() {
    }

    /** The most edits a pair of lengths {@code n}, {@code m} may have and still reach {@code threshold}. */
    static int maxEdits(int n, int m, int threshold) {
        int max = Math.max(n, m);
        return max * (100 - threshold) / 100;
    }

    static int fuzzy(int distance, int n, int m, int numberPenalty, int codeSignatureQuery, int codeSignatureUnit) {
        int max = Math.max(n, m);
        int base = 100 * (max - distance) / max;
        return Math.max(0, Math.min(FUZZY_MAX, base - numberPenalty - codePenalty(codeSignatureQuery, codeSignatureUnit)));
    }

    static int codePenalty(int signatureQuery, int signatureUnit) {
        if (signatureQuery == signatureUnit) {
            return 0;
        }
        return (signatureQuery >>> 24) != (signatureUnit >>> 24) ? CODE_COUNT_PENALTY : CODE_KIND_PENALTY;
    }

    /**
     * {@link #NUMBER_PENALTY} times the larger count of numbers one side has and the other lacks, from
     * how many numbers each side has and how many they share (as multisets).
     */
    static int numberPenalty(int queryNumbers, int unitNumbers, int shared) {
        return NUMBER_PENALTY * Math.max(queryNumbers - shared, unitNumbers - shared);
    }

    /**
     * Word-level Levenshtein distance if it is at most {@code k}, else {@code k + 1}: only the diagonal
     * band {@code |i − j| ≤ k} is computed and the loop stops as soon as a row exceeds {@code k}.
     * {@code rowA}/{@code rowB} are scratch rows of at least {@code m + 2} ints.
     */
    static int boundedDistance(int[] a, int n, int[] b, int m, int k, int[] rowA, int[] rowB) {
        if (Math.abs(n - m) > k) {
            return k + 1;
        }
        final int inf = k + 1;
        int[] prev = rowA;
        int[] cur = rowB;
        int first = Math.min(m, k);
        for (int j = 0; j <= first; j++) {
            prev[j] = j;
        }
        if (first + 1 <= m) {
            prev[first + 1] = inf;
        }
        for (int i = 1; i <= n; i++) {
            int lo = Math.max(1, i - k);
            int hi = Math.min(m, i + k);
            cur[lo - 1] = lo == 1 ? Math.min(i, inf) : inf;
            int rowMin = cur[lo - 1];
            int ai = a[i - 1];
            for (int j = lo; j <= hi; j++) {
                int v = prev[j - 1] + (ai == b[j - 1] ? 0 : 1);
                int up = prev[j] + 1;
                int left = cur[j - 1] + 1;
                if (up < v) {
                    v = up;
                }
                if (left < v) {
                    v = left;
                }
                if (v > inf) {
                    v = inf;
                }
                cur[j] = v;
                if (v < rowMin) {
                    rowMin = v;
                }
            }
            if (hi + 1 <= m) {
                cur[hi + 1] = inf;
            }
            if (rowMin > k) {
                return inf;
            }
            int[] swap = prev;
            prev = cur;
            cur = swap;
        }
        return Math.min(prev[m], inf);
    }
}
