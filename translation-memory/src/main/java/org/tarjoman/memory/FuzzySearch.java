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
 *       {@code ⌈t·|q|/100⌉ ≤ |c| ≤ ⌊100·|q|/t⌋}. Each posting carries its unit's length
 *       ({@link PostingLists#withLengths()}), so this filter reads nothing else.</li>
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
 *
 * <h2>A floor that rises with the top {@code limit}</h2>
 * Once {@code limit} matches are kept, a unit enters only with a score of at least the last one's
 * (a tie may still enter by the tie-break), so from then on everything above runs with that score,
 * the <i>floor</i>, in place of {@code t}: the length filter and the edit bound {@code k} tighten, and
 * since the lists are scanned rarest first in a fixed order, the scan stops as soon as the lists
 * already scanned make up the prefix for the floor (a near-duplicate-rich memory fills the top five
 * at 90+ from the rarest list: at 25 words the prefix falls from 8 lists to 3). A unit first met in
 * the list at position {@code p} of that order is in none of the lists before it, so it lacks those
 * {@code p} query occurrences and shares at most {@code |q| − p}: if that is below what its length
 * needs, it is dropped without decoding. Each bound only drops units that score below the floor, so
 * the top {@code limit} are still those a scan of every unit gives.
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
    private final long[] queryMask = new long[MatchIndex.MASK_WORDS];
    private int queryNumberCount;
    /** The lowest score a unit needs to enter the kept matches: the threshold, then the last kept score. */
    private int floor;
    private int minLength;
    private int maxLength;
    /** Query occurrences every unit met in the current list lacks: the lists scanned before it and the unknown words. */
    private int missing;
    private final int[] bestOrds;
    private int bestCount;

    FuzzySearch(MatchIndex index, MatchKeys.Query query, int threshold, int limit, SearchScratch scratch,
                MatchIndex.Hits hits) {
        this.index = index;
        this.query = query;
        this.threshold = threshold;
        this.scratch = scratch;
        this.hits = hits;
        this.limit = limit;
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
        scratch.fit(Math.max(n, Math.min(TokenArena.MAX_TOKENS, 100 * n / threshold)) + 1);
        q = scratch.queryTokens;
        long[] order = scratch.queryOrder;
        for (int i = 0; i < n; i++) {
            int id = vocabulary.id(tokens[i]);
            q[i] = id >= 0 ? id : -2 - i;
            order[i] = (long) postings.count(id) << 32 | i;
            if (Words.isNumber(tokens[i])) {
                queryNumberCount++;
            }
        }
        scratch.fitVocabulary(vocabulary.size());
        for (int i = 0; i < n; i++) {
            if (q[i] >= 0) {
                scratch.queryCount[q[i]]++;
                MatchIndex.addToken(queryMask, q[i]);
            }
        }
        Arrays.sort(order, 0, n);
        raiseFloor(threshold);
        for (int k = 0; k < n && k < prefix(); k++) {
            int token = q[(int) order[k]];
            missing = k;
            if (token < 0 || scannedBefore(order, k, token)) {
                continue;
            }
            scan(postings.bytes(token), postings.length(token));
        }
        for (int i = 0; i < n; i++) {
            if (q[i] >= 0) {
                scratch.queryCount[q[i]] = 0;
            }
        }
        for (int i = 0; i < bestCount; i++) {
            hits.fuzzyIds[i] = index.id(bestOrds[i]);
        }
        hits.fuzzyCount = bestCount;
    }

    /**
     * How many lists, in the rarest-first order, every unit reaching the floor is in one of: it shares
     * at least {@code ⌈floor·|q|/100⌉} occurrences with the query.
     */
    private int prefix() {
        return n - minLength + 1;
    }

    private void raiseFloor(int score) {
        floor = score;
        minLength = (floor * n + 99) / 100;
        maxLength = Math.min(TokenArena.MAX_TOKENS, 100 * n / floor);
    }

    private void scan(byte[] list, int length) {
        int[] batch = scratch.batchOrdinals;
        int[] lengths = scratch.batchLengths;
        int size = 0;
        int ord = -1;
        int at = 0;
        // the floor may rise inside a list until the lists before it make up the whole prefix
        while (at < length && missing < prefix()) {
            long read = Varint.read(list, at);
            ord += Varint.value(read) + 1;
            at = Varint.next(read);
            int tokens = list[at++] & 0xFF;
            // What needs only the length comes first and needs no mark: the floor only rises and
            // {@code missing} only grows, so a unit dropped here would be dropped in every later list.
            if (tokens < minLength || tokens > maxLength && tokens != PostingLists.LONG) {
                continue;
            }
            int m = tokens == PostingLists.LONG ? index.tokenCount(ord) : tokens;
            if (!reachable(m)) {
                continue;
            }
            batch[size] = ord;
            lengths[size++] = m;
            if (size == SearchScratch.BATCH) {
                considerBatch(size);
                size = 0;
            }
        }
        considerBatch(size);
    }

    /** Whether a unit of {@code m} tokens first met in the current list can still reach the floor. */
    private boolean reachable(int m) {
        return m >= minLength && m <= maxLength && n - missing >= need(m);
    }

    /** The tokens a unit of {@code m} tokens must share with the query to reach the floor. */
    private int need(int m) {
        return Math.max(n, m) - Scores.maxEdits(n, m, floor);
    }

    /**
     * Looks at a batch of candidates from one list in passes over the batch: each pass's reads of the
     * unit columns (token mask, where the tokens start, their first bytes) are independent of one
     * another, so the CPU overlaps their cache misses, where one candidate at a time waited for each in
     * turn (at 1M units that wait was most of a lookup).
     */
    private void considerBatch(int size) {
        int[] batch = scratch.batchOrdinals;
        int[] lengths = scratch.batchLengths;
        int[] starts = scratch.batchStarts;
        int kept = 0;
        for (int i = 0; i < size; i++) {
            int ord = batch[i];
            int m = lengths[i];
            // Every bit the unit sets outside the query's mask stands for at least one token the query
            // lacks, so the overlap is at most m minus their count: still a lossless bound.
            if (scratch.mark(ord) && !index.isDead(ord)
                    && m - index.bitsOutside(ord, queryMask) >= need(m)) {
                batch[kept] = ord;
                lengths[kept++] = m;
            }
        }
        for (int i = 0; i < kept; i++) {
            starts[i] = index.tokenStart(batch[i]);
        }
        byte[] bytes = index.tokenBytes();
        int touched = 0;
        for (int i = 0; i < kept; i++) {
            touched += bytes[starts[i]];
        }
        scratch.touched(touched);
        for (int i = 0; i < kept; i++) {
            consider(batch[i], lengths[i], starts[i]);
        }
    }

    /** Verifies a unit of {@code m} tokens that passed the filters (against the floor as it is now). */
    private void consider(int ord, int m, int start) {
        if (!reachable(m)) {
            return;
        }
        int k = Scores.maxEdits(n, m, floor);
        int need = Math.max(n, m) - k;
        int[] c = scratch.unitTokens;
        if (decodeWhileShared(start, c, m, need) < need) {
            return;
        }
        int distance = Scores.boundedDistance(q, n, c, m, k, scratch.rowA, scratch.rowB);
        if (distance > k) {
            return;
        }
        int numberPenalty = numberPenalty(c, m);
        int score = Scores.fuzzy(distance, n, m, numberPenalty, query.codeSignature(), index.codeSignature(ord));
        if (score >= floor) {
            offer(ord, score);
        }
    }

    /**
     * Decodes the unit's tokens into {@code c} while counting their multiset overlap with the query's,
     * and stops as soon as {@code need} is out of reach: most candidates share a handful of words and
     * are dropped after a few tokens, without decoding the rest (decoding was a third of a lookup's time).
     */
    private int decodeWhileShared(int start, int[] c, int m, int need) {
        int[] queryCount = scratch.queryCount;
        int[] usedCount = scratch.usedCount;
        int[] usedStamp = scratch.usedStamp;
        int stamp = scratch.nextStamp();
        byte[] bytes = index.tokenBytes();
        int at = start;
        int overlap = 0;
        for (int j = 0; j < m && overlap + (m - j) >= need; j++) {
            long read = Varint.read(bytes, at);
            int token = c[j] = Varint.value(read);
            at = Varint.next(read);
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

    /**
     * The penalty for numbers one side has and the other lacks, the numbers shared counted as
     * multisets through the query's token counts (no sorting: this ran for every verified candidate).
     */
    private int numberPenalty(int[] c, int m) {
        Vocabulary vocabulary = index.vocabulary();
        int[] queryCount = scratch.queryCount;
        int[] usedCount = scratch.usedCount;
        int[] usedStamp = scratch.usedStamp;
        int stamp = scratch.nextStamp();
        int unitNumbers = 0;
        int shared = 0;
        for (int j = 0; j < m; j++) {
            int token = c[j];
            if (!vocabulary.isNumber(token)) {
                continue;
            }
            unitNumbers++;
            if (queryCount[token] == 0) {
                continue;
            }
            if (usedStamp[token] != stamp) {
                usedStamp[token] = stamp;
                usedCount[token] = 0;
            }
            if (usedCount[token] < queryCount[token]) {
                usedCount[token]++;
                shared++;
            }
        }
        return Scores.numberPenalty(queryNumberCount, unitNumbers, shared);
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
        if (bestCount == limit && hits.fuzzyScores[limit - 1] > floor) {
            raiseFloor(hits.fuzzyScores[limit - 1]);
        }
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

    /** Whether the token sits at an earlier position of the order, its list scanned already. */
    private boolean scannedBefore(long[] order, int position, int token) {
        for (int i = 0; i < position; i++) {
            if (q[(int) order[i]] == token) {
                return true;
            }
        }
        return false;
    }
}
