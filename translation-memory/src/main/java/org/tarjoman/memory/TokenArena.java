package org.tarjoman.memory;

import java.util.Arrays;

/**
 * Every unit's token ids in one growing {@code byte[]} as {@link Varint}s (frequent words, having small ids,
 * take one or two bytes), addressed by the unit's ordinal. Not thread-safe.
 */
final class TokenArena {

    private byte[] bytes = new byte[1 << 16];
    private int used;
    private int[] starts = new int[1 << 10];
    private char[] lengths = new char[1 << 10];

    /** Maximum tokens kept for one unit; longer segments are cut (no news sentence comes near). */
    static final int MAX_TOKENS = Character.MAX_VALUE;

    void set(int ordinal, int[] tokens, int count) {
        if (ordinal >= starts.length) {
            starts = Arrays.copyOf(starts, Math.max(ordinal + 1, starts.length + (starts.length >> 1)));
            lengths = Arrays.copyOf(lengths, starts.length);
        }
        count = Math.min(count, MAX_TOKENS);
        if (used + (long) Varint.MAX_BYTES * count > bytes.length) {
            long capacity = Math.max(used + (long) Varint.MAX_BYTES * count, bytes.length + (long) (bytes.length >> 1));
            bytes = Arrays.copyOf(bytes, (int) Math.min(Integer.MAX_VALUE - 8, capacity));
        }
        starts[ordinal] = used;
        lengths[ordinal] = (char) count;
        for (int i = 0; i < count; i++) {
            used = Varint.write(tokens[i], bytes, used);
        }
    }

    /** Where the unit's varints start in {@link #bytes()}. */
    int start(int ordinal) {
        return starts[ordinal];
    }

    byte[] bytes() {
        return bytes;
    }

    int length(int ordinal) {
        return lengths[ordinal];
    }

    /** Decodes the unit's tokens into {@code out}, which must hold {@link #length} ids. */
    void read(int ordinal, int[] out) {
        int at = starts[ordinal];
        for (int i = 0, n = lengths[ordinal]; i < n; i++) {
            long read = Varint.read(bytes, at);
            out[i] = Varint.value(read);
            at = Varint.next(read);
        }
    }

    void trim(int ordinals) {
        bytes = Arrays.copyOf(bytes, used);
        starts = Arrays.copyOf(starts, ordinals);
        lengths = Arrays.copyOf(lengths, ordinals);
    }

    void writeTo(SnapshotOutput out, int ordinals) throws java.io.IOException {
        out.writeBytes(bytes, used);
        out.writeInts(starts, ordinals);
        out.writeChars(lengths, ordinals);
    }

    static TokenArena readFrom(SnapshotInput in, int ordinals) throws java.io.IOException {
        TokenArena arena = new TokenArena();
        arena.bytes = in.readBytes();
        arena.used = arena.bytes.length;
        arena.starts = in.readInts();
        arena.lengths = in.readChars();
        if (arena.starts.length != ordinals || arena.lengths.length != ordinals) {
            throw new IndexSnapshotException("corrupt snapshot: the tokens of " + arena.starts.length + " units, not " + ordinals);
        }
        return arena;
    }

    long usedBytes() {
        return used;
    }

    long heapBytes() {
        return bytes.length + 4L * starts.length + 2L * lengths.length + 64;
    }
}
