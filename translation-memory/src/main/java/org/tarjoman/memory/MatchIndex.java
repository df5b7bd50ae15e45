package org.tarjoman.memory;

import java.util.Arrays;
import java.util.List;

/**
 * The index of one memory: per unit only what matching needs, in parallel primitive columns
 * addressed by an internal ordinal (its id, change time, usage count, pair hash, code
 * signature, and its tokens in the {@link TokenArena}); an inverted index of tokens
 * ({@link PostingLists}); and two {@link LongIntMap}s, id → ordinal and key hash → newest ordinal
 * with that joined key ({@link MatchKeys}; older ones chained through {@code nextSameKey}). No texts.
 * Target words have an inverted index of their own over the same ordinals ({@link TargetIndex}).
 *
 * <p>A put appends a new ordinal; a removed or replaced ordinal is only marked dead and skipped
 * until {@link #compacted()} rebuilds the columns without it. Not thread-safe:
 * {@link TranslationMemory} serializes writers and lets readers share it.
 */
final class MatchIndex {

    static final int NONE = -1;
    /** At most this many units with the query's joined key are read back and verified. */
    static final int SAME_KEY_CAP = 64;
    /** Longs of {@link #tokenMask} per ordinal. */
    static final int MASK_WORDS = 2;

    private final Vocabulary vocabulary;
    private final PostingLists postings;
    private final TargetIndex targets;
    private final TokenArena arena;
    private final LongIntMap byId;
    private final LongIntMap byKey;
    private long[] ids;
    private long[] changedAt;
    private int[] usage;
    private long[] pairHash;
    private int[] codeSignature;
    /**
     * One bit per token, hashed to 128 and kept as two longs side by side ({@link #MASK_WORDS} per
     * ordinal, in one cache line): a filter that rejects most candidates before decoding them. With 64
     * bits a 25-word unit's tokens outside the query fell too often on the query's own bits, and
     * decoding the candidates that got through was a third of a stored sentence's look-up.
     */
    private long[] tokenMask;
    private int[] nextSameKey;
    private long[] dead;
    private int ordinals;
    private int live;
    private int[] tokenBuffer = new int[64];

    MatchIndex(int expected) {
        this(new Vocabulary(), new TargetIndex(), expected);
    }

    private MatchIndex(Vocabulary vocabulary, TargetIndex targets, int expected) {
        this.vocabulary = vocabulary;
        this.targets = targets;
        this.postings = PostingLists.withLengths();
        this.arena = new TokenArena();
        int capacity = Math.max(16, expected);
        byId = new LongIntMap(capacity);
        byKey = new LongIntMap(capacity);
        ids = new long[capacity];
        changedAt = new long[capacity];
        usage = new int[capacity];
        pairHash = new long[capacity];
        codeSignature = new int[capacity];
        tokenMask = new long[MASK_WORDS * capacity];
        nextSameKey = new int[capacity];
        dead = new long[capacity / 64 + 1];
    }

    /** Where a token sets its bit in a token mask: 0 to 127, bits 64 and up in the second long. */
    static int tokenSlot(int token) {
        return (token * 0x9E3779B9) >>> 25;
    }

    /** Adds a token's bit to a two-long mask. */
    static void addToken(long[] mask, int token) {
        addToken(mask, 0, token);
    }

    /** Adds a token's bit to the two-long mask that starts at {@code at} in {@code masks}. */
    private static void addToken(long[] masks, int at, int token) {
        int slot = tokenSlot(token);
        masks[at + (slot >>> 6)] |= 1L << slot;
    }

    int size() {
        return live;
    }

    /** The sum of the live units' ids, which with {@link #size} tells this index's units from another set. */
    long idSum() {
        long sum = 0;
        for (int ord = 0; ord < ordinals; ord++) {
            if (!isDead(ord)) {
                sum += ids[ord];
            }
        }
        return sum;
    }

    int garbage() {
        return ordinals - live;
    }

    void put(MatchKeys.Unit unit) {
        remove(unit.id());
        int ord = ordinals++;
        ensureCapacity(ordinals);
        ids[ord] = unit.id();
        changedAt[ord] = unit.changedAt();
        usage[ord] = unit.usageCount();
        pairHash[ord] = unit.pairHash();
        codeSignature[ord] = unit.codeSignature();
        String[] tokens = unit.tokens();
        if (tokens.length > tokenBuffer.length) {
            tokenBuffer = new int[tokens.length];
        }
        for (int i = 0; i < tokens.length; i++) {
            tokenBuffer[i] = vocabulary.add(tokens[i]);
            postings.add(tokenBuffer[i], ord, tokens.length);
            addToken(tokenMask, MASK_WORDS * ord, tokenBuffer[i]); // a new ordinal's mask starts empty
        }
        arena.set(ord, tokenBuffer, tokens.length);
        targets.add(unit.targetWords(), ord);
        int head = byKey.put(unit.keyHash(), ord);
        nextSameKey[ord] = head;
        byId.put(unit.id(), ord);
        live++;
    }

    boolean remove(long id) {
        int ord = byId.remove(id);
        if (ord == LongIntMap.ABSENT) {
            return false;
        }
        dead[ord >>> 6] |= 1L << ord;
        live--;
        return true;
    }

    /** The id of a live unit with this key hash and pair hash, or {@link #NONE}. */
    long findDuplicate(long keyHash, long pair) {
        for (int ord = byKey.get(keyHash); ord != NONE; ord = nextSameKey[ord]) {
            if (!isDead(ord) && pairHash[ord] == pair) {
                return ids[ord];
            }
        }
        return NONE;
    }

    /**
     * The ids of the live units sharing the query's joined key (newest first, at most
     * {@link #SAME_KEY_CAP}) and the best fuzzy matches among the others; {@code scratch} must be this
     * thread's own. With {@code sameKeyTakesSlots}, the fuzzy search keeps only the {@code limit} slots
     * the same-key units leave: they score 98 or more once verified, above any fuzzy match, so the
     * answer is the same, and a stored sentence's search stops sooner (the caller searches again
     * without it when a same-key unit fails verification).
     */
    Hits search(MatchKeys.Query query, int threshold, int limit, boolean sameKeyTakesSlots, SearchScratch scratch) {
        scratch.begin(ordinals);
        Hits hits = new Hits(limit);
        for (int ord = byKey.get(query.keyHash()); ord != NONE; ord = nextSameKey[ord]) {
            scratch.mark(ord);
            if (!isDead(ord) && hits.sameKeyCount < SAME_KEY_CAP) {
                hits.sameKey[hits.sameKeyCount++] = ids[ord];
            }
        }
        int slots = sameKeyTakesSlots ? limit - Math.min(limit, hits.sameKeyCount) : limit;
        if (threshold <= Scores.FUZZY_MAX && slots > 0) {
            new FuzzySearch(this, query, Math.max(threshold, Scores.MIN_FUZZY), slots, scratch, hits).run();
        }
        scratch.end();
        return hits;
    }

    /**
     * The ids of live units whose token sequence contains {@code phrase} (token ids of a normalized
     * phrase) as consecutive tokens, newest first, at most {@code limit}: the rarest token's postings
     * give the candidates, the token mask and the decoded tokens confirm them. No scan of the memory.
     */
    long[] containing(int[] phrase, int limit) {
        int rarest = phrase[0];
        long[] mask = new long[MASK_WORDS];
        for (int token : phrase) {
            if (postings.count(token) < postings.count(rarest)) {
                rarest = token;
            }
            addToken(mask, token);
        }
        int[] candidates = new int[postings.count(rarest)];
        int count = 0;
        byte[] list = postings.bytes(rarest);
        for (int at = 0, ord = -1, end = postings.length(rarest); at < end; ) {
            long read = Varint.read(list, at);
            ord += Varint.value(read) + 1;
            at = Varint.next(read);
            int tokens = list[at++] & 0xFF;
            if (tokens >= phrase.length || tokens == PostingLists.LONG) {
                candidates[count++] = ord;
            }
        }
        long[] found = new long[limit];
        int hits = 0;
        int[] tokens = new int[64];
        for (int i = count - 1; i >= 0 && hits < limit; i--) {
            int ord = candidates[i];
            if (isDead(ord) || bitsMissing(ord, mask) || arena.length(ord) < phrase.length) {
                continue;
            }
            if (tokens.length < arena.length(ord)) {
                tokens = new int[arena.length(ord)];
            }
            arena.read(ord, tokens);
            if (containsRun(tokens, arena.length(ord), phrase)) {
                found[hits++] = ids[ord];
            }
        }
        return Arrays.copyOf(found, hits);
    }

    /**
     * The ids of live units whose target has every one of the folded {@code words}, in any order,
     * newest first, at most {@code max}; none when a word is in no target.
     */
    long[] targetContaining(String[] words, int max) {
        if (words.length == 0 || max < 1) {
            return new long[0];
        }
        int[] wordIds = new int[words.length];
        for (int i = 0; i < words.length; i++) {
            wordIds[i] = targets.word(words[i]);
            if (wordIds[i] < 0) {
                return new long[0];
            }
        }
        int[] ordinals = targets.containingAll(wordIds);
        long[] found = new long[Math.min(max, ordinals.length)];
        int hits = 0;
        for (int i = ordinals.length - 1; i >= 0 && hits < found.length; i--) {
            if (!isDead(ordinals[i])) {
                found[hits++] = ids[ordinals[i]];
            }
        }
        return hits == found.length ? found : Arrays.copyOf(found, hits);
    }

    /**
     * The ids of the live units holding every source part (in their tokens) and every target part (in
     * their target words), ascending; null when more than {@code cap} units do. Costs a scan of the
     * two vocabularies for the parts that are not whole words and one bit per ordinal, never a read
     * of the units.
     */
    long[] withParts(List<WordPart> sourceParts, List<WordPart> targetParts, int cap) {
        long[] bits = null;
        for (WordPart part : sourceParts) {
            bits = and(bits, part.ordinals(vocabulary, postings, ordinals));
        }
        for (WordPart part : targetParts) {
            bits = and(bits, targets.ordinals(part, ordinals));
        }
        if (bits == null) {
            throw new IllegalArgumentException("no part to look for");
        }
        int count = 0;
        for (int i = 0; i < bits.length; i++) {
            bits[i] &= ~dead[i];
            count += Long.bitCount(bits[i]);
        }
        if (count > cap) {
            return null;
        }
        long[] found = new long[count];
        int n = 0;
        for (int i = 0; i < bits.length; i++) {
            for (long word = bits[i]; word != 0; word &= word - 1) {
                found[n++] = ids[(i << 6) + Long.numberOfTrailingZeros(word)];
            }
        }
        Arrays.sort(found);
        return found;
    }

    private static long[] and(long[] bits, long[] more) {
        if (bits == null) {
            return more;
        }
        for (int i = 0; i < bits.length; i++) {
            bits[i] &= more[i];
        }
        return bits;
    }

    private static boolean containsRun(int[] tokens, int length, int[] phrase) {
        for (int start = 0; start + phrase.length <= length; start++) {
            int k = 0;
            while (k < phrase.length && tokens[start + k] == phrase[k]) {
                k++;
            }
            if (k == phrase.length) {
                return true;
            }
        }
        return false;
    }

    /** A copy without the dead ordinals, sharing the vocabularies. */
    MatchIndex compacted() {
        int[] remap = new int[ordinals];
        for (int ord = 0, next = 0; ord < ordinals; ord++) {
            remap[ord] = isDead(ord) ? NONE : next++;
        }
        MatchIndex out = new MatchIndex(vocabulary, targets.remapped(remap), live);
        for (int ord = 0; ord < ordinals; ord++) {
            if (isDead(ord)) {
                continue;
            }
            int to = out.ordinals++;
            out.ids[to] = ids[ord];
            out.changedAt[to] = changedAt[ord];
            out.usage[to] = usage[ord];
            out.pairHash[to] = pairHash[ord];
            out.codeSignature[to] = codeSignature[ord];
            System.arraycopy(tokenMask, MASK_WORDS * ord, out.tokenMask, MASK_WORDS * to, MASK_WORDS);
            int length = arena.length(ord);
            int[] tokens = tokens(ord, new int[length]);
            for (int i = 0; i < length; i++) {
                out.postings.add(tokens[i], to, length);
            }
            out.arena.set(to, tokens, length);
            out.byId.put(ids[ord], to);
        }
        out.live = live;
        byKey.forEach((hash, head) -> {
            int last = NONE;
            for (int ord = head; ord != NONE; ord = nextSameKey[ord]) {
                int to = remap[ord];
                if (to == NONE) {
                    continue;
                }
                if (last == NONE) {
                    out.byKey.put(hash, to);
                } else {
                    out.nextSameKey[last] = to;
                }
                last = to;
            }
            if (last != NONE) {
                out.nextSameKey[last] = NONE;
            }
        });
        out.trim();
        return out;
    }

    /** An index as {@link #writeTo} wrote it ({@link IndexSnapshot}). */
    private MatchIndex(Vocabulary vocabulary, PostingLists postings, TargetIndex targets, TokenArena arena,
                       LongIntMap byId, LongIntMap byKey) {
        this.vocabulary = vocabulary;
        this.postings = postings;
        this.targets = targets;
        this.arena = arena;
        this.byId = byId;
        this.byKey = byKey;
    }

    /**
     * Writes the index's parts (see {@link IndexSnapshot}), dead ordinals included: compact it first
     * unless they are few.
     */
    void writeTo(SnapshotOutput out) throws java.io.IOException {
        out.writeInt(ordinals);
        out.writeInt(live);
        out.writeLongs(ids, ordinals);
        out.writeLongs(changedAt, ordinals);
        out.writeInts(usage, ordinals);
        out.writeLongs(pairHash, ordinals);
        out.writeInts(codeSignature, ordinals);
        out.writeLongs(tokenMask, MASK_WORDS * ordinals);
        out.writeInts(nextSameKey, ordinals);
        out.writeLongs(dead, (ordinals >>> 6) + 1);
        arena.writeTo(out, ordinals);
        vocabulary.writeTo(out);
        postings.writeTo(out);
        targets.writeTo(out);
        byId.writeTo(out);
        byKey.writeTo(out);
    }

    static MatchIndex readFrom(SnapshotInput in) throws java.io.IOException {
        int ordinals = in.readCount(Integer.MAX_VALUE);
        int live = in.readCount(ordinals);
        long[] ids = in.readLongs();
        long[] changedAt = in.readLongs();
        int[] usage = in.readInts();
        long[] pairHash = in.readLongs();
        int[] codeSignature = in.readInts();
        long[] tokenMask = in.readLongs();
        int[] nextSameKey = in.readInts();
        long[] dead = in.readLongs();
        TokenArena arena = TokenArena.readFrom(in, ordinals);
        MatchIndex index = new MatchIndex(Vocabulary.readFrom(in), PostingLists.readFrom(in, true),
                TargetIndex.readFrom(in), arena, LongIntMap.readFrom(in), LongIntMap.readFrom(in));
        index.ids = ids;
        index.changedAt = changedAt;
        index.usage = usage;
        index.pairHash = pairHash;
        index.codeSignature = codeSignature;
        index.tokenMask = tokenMask;
        index.nextSameKey = nextSameKey;
        index.dead = dead;
        index.ordinals = ordinals;
        index.live = live;
        long deadCount = 0;
        for (long word : dead) {
            deadCount += Long.bitCount(word);
        }
        for (int[] column : new int[][] {usage, codeSignature, nextSameKey}) {
            if (column.length != ordinals) {
                throw new IndexSnapshotException("corrupt snapshot: a column of " + column.length + ", not " + ordinals);
            }
        }
        for (long[] column : new long[][] {ids, changedAt, pairHash}) {
            if (column.length != ordinals) {
                throw new IndexSnapshotException("corrupt snapshot: a column of " + column.length + ", not " + ordinals);
            }
        }
        if (tokenMask.length != MASK_WORDS * ordinals) {
            throw new IndexSnapshotException("corrupt snapshot: token masks of " + tokenMask.length + " longs, not "
                    + MASK_WORDS * ordinals);
        }
        if (dead.length != (ordinals >>> 6) + 1 || ordinals - deadCount != live || index.byId.size() != live) {
            throw new IndexSnapshotException("corrupt snapshot: " + live + " live units of " + ordinals
                    + " disagree with the dead ones and the ids");
        }
        return index;
    }

    /** Shrinks the growable arrays to their content, after a bulk load. */
    void trim() {
        resizeColumns(ordinals);
        arena.trim(ordinals);
        postings.trim();
        targets.trim();
    }

    /** Bytes of heap held by the index, from its array sizes. */
    long heapBytes() {
        long columns = 8L * (ids.length + changedAt.length + pairHash.length + tokenMask.length + dead.length)
                + 4L * (usage.length + codeSignature.length + nextSameKey.length);
        return columns + arena.heapBytes() + postings.heapBytes() + vocabulary.heapBytes() + byId.heapBytes()
                + byKey.heapBytes() + 4L * tokenBuffer.length + targets.heapBytes() + 256;
    }

    /** Bytes of heap held by the target words' index alone (part of {@link #heapBytes}). */
    long targetHeapBytes() {
        return targets.heapBytes();
    }

    // --- read access for FuzzySearch ---

    int ordinals() {
        return ordinals;
    }

    boolean isDead(int ord) {
        return (dead[ord >>> 6] & 1L << ord) != 0;
    }

    int tokenCount(int ord) {
        return arena.length(ord);
    }

    /** The token arena's bytes and where a unit's tokens start in them, for decoding that may stop early. */
    byte[] tokenBytes() {
        return arena.bytes();
    }

    int tokenStart(int ord) {
        return arena.start(ord);
    }

    int[] tokens(int ord, int[] out) {
        arena.read(ord, out);
        return out;
    }

    long id(int ord) {
        return ids[ord];
    }

    long changedAt(int ord) {
        return changedAt[ord];
    }

    int usage(int ord) {
        return usage[ord];
    }

    int codeSignature(int ord) {
        return codeSignature[ord];
    }

    /**
     * How many of the unit's mask bits lie outside {@code query}'s (a two-long mask): each stands for at
     * least one of its tokens the query lacks.
     */
    int bitsOutside(int ord, long[] query) {
        int at = MASK_WORDS * ord;
        return Long.bitCount(tokenMask[at] & ~query[0]) + Long.bitCount(tokenMask[at + 1] & ~query[1]);
    }

    /** Whether the unit's mask lacks a bit of {@code phrase}'s (a two-long mask): then it lacks one of its tokens. */
    private boolean bitsMissing(int ord, long[] phrase) {
        int at = MASK_WORDS * ord;
        return (tokenMask[at] & phrase[0]) != phrase[0] || (tokenMask[at + 1] & phrase[1]) != phrase[1];
    }

    Vocabulary vocabulary() {
        return vocabulary;
    }

    PostingLists postings() {
        return postings;
    }

    private void ensureCapacity(int needed) {
        if (needed <= ids.length) {
            return;
        }
        resizeColumns(Math.max(needed, ids.length + (ids.length >> 1)));
    }

    private void resizeColumns(int capacity) {
        ids = Arrays.copyOf(ids, capacity);
        changedAt = Arrays.copyOf(changedAt, capacity);
        usage = Arrays.copyOf(usage, capacity);
        pairHash = Arrays.copyOf(pairHash, capacity);
        codeSignature = Arrays.copyOf(codeSignature, capacity);
        tokenMask = Arrays.copyOf(tokenMask, MASK_WORDS * capacity);
        nextSameKey = Arrays.copyOf(nextSameKey, capacity);
        dead = Arrays.copyOf(dead, capacity / 64 + 1);
    }

    /** What one search found: ids sharing the key, then the fuzzy ordinals best first. */
    static final class Hits {
        final long[] sameKey = new long[SAME_KEY_CAP];
        int sameKeyCount;
        final long[] fuzzyIds;
        final int[] fuzzyScores;
        int fuzzyCount;

        Hits(int limit) {
            fuzzyIds = new long[limit];
            fuzzyScores = new int[limit];
        }
    }
}
