package org.tarjoman.memory;

import java.util.Arrays;

/**
 * For each token id, the ascending ordinals of the units that contain it, delta-encoded as
 * {@link Varint}s in a {@code byte[]} per token (1–3 bytes a posting instead of 4). Ordinals only grow, so a
 * new posting is always an append. Not thread-safe.
 *
 * <p>Lists made {@link #withLengths()} follow each ordinal with one byte, the unit's token count
 * ({@link #LONG} for that many or more): the fuzzy search drops most candidates by their length, and
 * reading it beside the ordinal spares it a cache miss per candidate into the unit columns, which was
 * most of a lookup's time at 1M units; it costs one byte a posting.
 */
final class PostingLists {

    /** The length byte of a unit with this many tokens or more: its real length must be looked up. */
    static final int LONG = 255;
    private static final byte[] EMPTY = new byte[0];

    private final boolean lengths;

    private byte[][] lists = new byte[1 << 10][];
    private int[] used = new int[1 << 10];
    private int[] lastOrdinals = new int[1 << 10];
    private int[] counts = new int[1 << 10];

    private PostingLists(boolean lengths) {
        this.lengths = lengths;
    }

    /** Lists of ordinals alone. */
    PostingLists() {
        this(false);
    }

    /** Lists whose every ordinal carries its unit's length byte. */
    static PostingLists withLengths() {
        return new PostingLists(true);
    }

    /** The length byte of a unit of {@code tokens} tokens. */
    static int lengthByte(int tokens) {
        return Math.min(tokens, LONG);
    }

    /** Adds {@code ordinal} to the token's list; a repeat of the last ordinal is ignored. */
    void add(int token, int ordinal) {
        add(token, ordinal, 0);
    }

    /** Adds {@code ordinal} of a unit of {@code tokens} tokens to the token's list (lists with lengths). */
    void add(int token, int ordinal, int tokens) {
        if (token >= lists.length) {
            int capacity = Math.max(lists.length * 2, token + 1);
            lists = Arrays.copyOf(lists, capacity);
            used = Arrays.copyOf(used, capacity);
            lastOrdinals = Arrays.copyOf(lastOrdinals, capacity);
            counts = Arrays.copyOf(counts, capacity);
        }
        byte[] list = lists[token];
        if (list == null) {
            list = lists[token] = new byte[4];
            lastOrdinals[token] = -1;
        } else if (lastOrdinals[token] == ordinal) {
            return;
        }
        int delta = ordinal - lastOrdinals[token] - 1;
        int length = used[token];
        if (length + Varint.MAX_BYTES + 1 > list.length) {
            int capacity = Math.max(length + Varint.MAX_BYTES + 1, list.length + (list.length >> 1));
            list = lists[token] = Arrays.copyOf(list, capacity);
        }
        length = Varint.write(delta, list, length);
        if (lengths) {
            list[length++] = (byte) lengthByte(tokens);
        }
        used[token] = length;
        lastOrdinals[token] = ordinal;
        counts[token]++;
    }

    /** How many units (live or removed) have the token: its document frequency. */
    int count(int token) {
        return token >= 0 && token < counts.length ? counts[token] : 0;
    }

    byte[] bytes(int token) {
        byte[] list = token < lists.length ? lists[token] : null;
        return list == null ? EMPTY : list;
    }

    /** The bytes of the token's list in use. */
    int length(int token) {
        return token < used.length ? used[token] : 0;
    }

    /** Sets the bit of every ordinal in the token's list ({@code bits} one bit per ordinal). */
    void addTo(int token, long[] bits) {
        byte[] list = bytes(token);
        for (int at = 0, ord = -1, length = length(token); at < length; ) {
            long read = Varint.read(list, at);
            ord += Varint.value(read) + 1;
            at = Varint.next(read) + (lengths ? 1 : 0);
            bits[ord >>> 6] |= 1L << ord;
        }
    }

    /** Shrinks every list to its length, after a bulk load. */
    void trim() {
        for (int t = 0; t < lists.length; t++) {
            if (lists[t] != null && lists[t].length != used[t]) {
                lists[t] = Arrays.copyOf(lists[t], used[t]);
            }
        }
    }

    /** The lists up to the last token that has one; a token without a list is written empty. */
    void writeTo(SnapshotOutput out) throws java.io.IOException {
        int tokens = lists.length;
        while (tokens > 0 && lists[tokens - 1] == null) {
            tokens--;
        }
        out.writeInt(tokens);
        out.writeInts(lastOrdinals, tokens);
        out.writeInts(counts, tokens);
        for (int t = 0; t < tokens; t++) {
            out.writeBytes(lists[t] == null ? EMPTY : lists[t], used[t]);
        }
    }

    static PostingLists readFrom(SnapshotInput in, boolean lengths) throws java.io.IOException {
        PostingLists postings = new PostingLists(lengths);
        int tokens = in.readCount(in.remaining());
        postings.lastOrdinals = in.readInts();
        postings.counts = in.readInts();
        if (postings.lastOrdinals.length != tokens || postings.counts.length != tokens) {
            throw new IndexSnapshotException("corrupt snapshot: posting lists of " + tokens + " tokens disagree");
        }
        postings.lists = new byte[tokens][];
        postings.used = new int[tokens];
        for (int t = 0; t < tokens; t++) {
            byte[] list = in.readBytes();
            // a token that never had a list had none: add() starts its list afresh
            postings.lists[t] = postings.counts[t] == 0 ? null : list;
            postings.used[t] = list.length;
        }
        return postings;
    }

    long heapBytes() {
        long bytes = 24L * lists.length + 96;
        for (byte[] list : lists) {
            if (list != null) {
                bytes += 16 + (list.length + 7L & ~7L);
            }
        }
        return bytes;
    }
}
