package org.tarjoman.memory;

import java.util.Arrays;

/**
 * One fuzzy search over a {@link MatchIndex}: finds every unit whose fuzzy score ({@link Scores})
 * reaches the threshold {@code t} without scanning the memory, and keeps the best {@code limit}.
 *
 * <h2>Why no qualifying unit is missed</h2>
 * A unit {@code c} scores at least {@code t} only if {@code sim = 1 − d/max(|q|,|c|) ≥ t/100}
 * (penalties only lower the score, so they never let a unit through that this bound rejects).
 * <ol>
 *   <li><b>Length filter.</b> {@code d ≥ ||q| − |c||}, so {@code min(|q|,|c|)/max(|q|,|c|) ≥ t/100}:
 *       {@code ⌈t·|q|/100⌉ ≤ |c| ≤ ⌊100·|q|/t⌋}.</li>
 *   <li><b>Prefix filter.</b> In an optimal alignment with {@code M} matched pairs,
 *       {@code d ≥ max(|q|,|c|) − M}, so {@code M ≥ t/100 · max(|q|,|c|) ≥ t/100 · |q|}: the unit shares at
 *       least {@code must = ⌈t·|q|/100⌉} token occurrences with the query (as multisets). If it
 *       contained none of the first {@code |q| − must + 1} query occurrences (in any fixed order), it
 *       could share at most {@code must − 1}. So every qualifying unit is in the posting list of one of
 *       those tokens. Taking them rarest first (by posting-list length) only makes the lists short;
 *       the order does not matter for the proof.</li>
 *   <li><b>Count filter</b> (a cheaper check before the distance): the multiset overlap must reach
 *       {@code max(|q|,|c|) − k}, {@code k} being the most edits the threshold allows.</li>
 *   <li><b>Verification.</b> The real distance, by a banded DP that stops once it exceeds {@code k},
 *       then the penalties: the same score the brute-force scan of {@code IndexRecallTest} computes.</li>
 * </ol>
 * Query words the memory has never seen have no posting list and sit first in the order: they cost
 * nothing and still count in {@code |q|}. Thresholds below {@link Scores#MIN_FUZZY} are raised to it.
 */
final class FuzzySearch {

    private final MatchIndex index;
    private final MatchKeys.Query query;
    private final int threshold;
    private final SearchScratch scratch;
    private final MatchIndex.Hits hits;
    private final int limit;
    private int[] q;
    private int n;
    private long queryMask;
    private int queryNumberCount;
    private int minLength;
    private int maxLength;
    private final int[] bestOrds;
    private int bestCount;

    FuzzySearch(MatchIndex index, MatchKeys.Query query, int threshold, SearchScratch scratch, MatchIndex.Hits hits) {
        this.index = index;
        this.query = query;
        this.threshold = threshold;
        this.scratch = scratch;
        this.hits = hits;
        this.limit = hits.fuzzyIds.length;
        this.bestOrds = new int[limit];
    }

    void run() {
        String[] tokens = query.tokens();
        n = tokens.length;
        if (n == 0) {
            return;
        }
        Vocabulary vocabulary = index.vocabulary();
        PostingLists postings = index.postings();
        q = new int[n];
        long[] order = new long[n];
        minLength = (threshold * n + 99) / 100;
        maxLength = Math.min(TokenArena.MAX_TOKENS, 100 * n / threshold);
        scratch.fit(Math.max(n, maxLength) + 1);
        for (int i = 0; i < n; i++) {
            int id = vocabulary.id(tokens[i]);
            q[i] = id >= 0 ? id : -2 - i;
            order[i] = (long) postings.count(id) << 32 | i;
            if (Words.isNumber(tokens[i])) {
                scratch.queryNumbers[queryNumberCount++] = q[i];
            }
        }
        scratch.fitVocabulary(vocabulary.size());
        for (int token : q) {
            if (token >= 0) {
                scratch.queryCount[token]++;
                queryMask |= MatchIndex.tokenBit(token);
            }
        }
        Arrays.sort(order);
        int must = minLength;
        int prefix = n - must + 1;
        int[] scanned = new int[prefix];
        int scannedCount = 0;
        for (int k = 0; k < prefix; k++) {
            int token = q[(int) order[k]];
            if (token < 0 || contains(scanned, scannedCount, token)) {
                continue;
            }
            scanned[scannedCount++] = token;
            scan(postings.bytes(token), postings.length(token));
        }
        for (int token : q) {
            if (token >= 0) {
                scratch.queryCount[token] = 0;
            }
        }
        for (int i = 0; i < bestCount; i++) {
            hits.fuzzyIds[i] = index.id(bestOrds[i]);
        }
        hits.fuzzyCount = bestCount;
    }

    private void scan(byte[] list, int length) {
        int ord = -1;
        int at = 0;
        while (at < length) {
            long read = Varint.read(list, at);
            ord += Varint.value(read) + 1;
            at = Varint.next(read);
            if (scratch.mark(ord) && !index.isDead(ord)) {
                consider(ord);
            }
        }
    }

    private void consider(int ord) {
        int m = index.tokenCount(ord);
        if (m < minLength || m > maxLength) {
            return;
        }
        int k = Scores.maxEdits(n, m, threshold);
        int need = Math.max(n, m) - k;
        // Every bit the unit sets outside the query's mask stands for at least one token the query
        // lacks, so the overlap is at most m minus their count: still a lossless bound.
        if (m - Long.bitCount(index.tokenMask(ord) & ~queryMask) < need) {
            return;
        }
        int[] c = index.tokens(ord, scratch.unitTokens);
        if (overlap(c, m, need) < need) {
            return;
        }
        int distance = Scores.boundedDistance(q, n, c, m, k, scratch.rowA, scratch.rowB);
        if (distance > k) {
            return;
        }
        int unitNumbers = 0;
        Vocabulary vocabulary = index.vocabulary();
        for (int j = 0; j < m; j++) {
            if (vocabulary.isNumber(c[j])) {
                scratch.unitNumbers[unitNumbers++] = c[j];
            }
        }
        int numberPenalty = Scores.numberPenalty(scratch.queryNumbers, queryNumberCount, scratch.unitNumbers,
                unitNumbers);
        int score = Scores.fuzzy(distance, n, m, numberPenalty, query.codeSignature(), index.codeSignature(ord));
        if (score >= threshold) {
            offer(ord, score);
        }
    }

    /** Multiset overlap of the unit's tokens with the query's, stopping once {@code need} is out of reach. */
    private int overlap(int[] c, int m, int need) {
        int[] queryCount = scratch.queryCount;
        int[] usedCount = scratch.usedCount;
        int[] usedStamp = scratch.usedStamp;
        int stamp = scratch.nextStamp();
        int overlap = 0;
        for (int j = 0; j < m && overlap + (m - j) >= need; j++) {
            int token = c[j];
            int wanted = queryCount[token];
            if (wanted == 0) {
                continue;
            }
            if (usedStamp[token] != stamp) {
                usedStamp[token] = stamp;
                usedCount[token] = 0;
            }
            if (usedCount[token] < wanted) {
                usedCount[token]++;
                overlap++;
            }
        }
        return overlap;
    }

    /** Keeps the best {@code limit} by score, then newest change, then most used, then lowest id. */
    private void offer(int ord, int score) {
        if (bestCount == limit && !better(ord, score, bestOrds[limit - 1], hits.fuzzyScores[limit - 1])) {
            return;
        }
        int at = Math.min(bestCount, limit - 1);
        while (at > 0 && better(ord, score, bestOrds[at - 1], hits.fuzzyScores[at - 1])) {
            bestOrds[at] = bestOrds[at - 1];
            hits.fuzzyScores[at] = hits.fuzzyScores[at - 1];
            at--;
        }
        bestOrds[at] = ord;
        hits.fuzzyScores[at] = score;
        bestCount = Math.min(bestCount + 1, limit);
    }

    private boolean better(int a, int scoreA, int b, int scoreB) {
        if (scoreA != scoreB) {
            return scoreA > scoreB;
        }
        if (index.changedAt(a) != index.changedAt(b)) {
            return index.changedAt(a) > index.changedAt(b);
        }
        if (index.usage(a) != index.usage(b)) {
            return index.usage(a) > index.usage(b);
        }
        return index.id(a) < index.id(b);
    }

    private static boolean contains(int[] values, int count, int value) {
        for (int i = 0; i < count; i++) {
            if (values[i] == value) {
                return true;
            }
        }
        return false;
    }
}
