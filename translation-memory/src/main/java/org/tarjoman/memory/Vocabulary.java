package org.tarjoman.memory;

import java.util.Arrays;

/**
 * Token strings to dense int ids, so the index stores words as small numbers. The strings live in
 * one {@code char[]} and the table is an {@code int[]} of open addressing: about 30 bytes per
 * distinct word, no per-word objects. Ids are never reused; a word outlives the units that had it
 * until the index is rebuilt. Not thread-safe.
 */
final class Vocabulary {

    private char[] chars = new char[1 << 14];
    private int charsUsed;
    private int[] starts = new int[1 << 10];
    private long[] numbers = new long[1 << 4];
    private int size;
    private int[] table = new int[1 << 11];

    int size() {
        return size;
    }

    /** The id of a token, or -1 when no unit ever had it. */
    int id(String token) {
        int mask = table.length - 1;
        for (int slot = hash(token) & mask; ; slot = (slot + 1) & mask) {
            int entry = table[slot];
            if (entry == 0) {
                return -1;
            }
            if (equals(entry - 1, token)) {
                return entry - 1;
            }
        }
    }

    int add(String token) {
        int mask = table.length - 1;
        int slot = hash(token) & mask;
        for (int entry = table[slot]; entry != 0; entry = table[slot]) {
            if (equals(entry - 1, token)) {
                return entry - 1;
            }
            slot = (slot + 1) & mask;
        }
        int id = size++;
        if (id + 2 > starts.length) {
            starts = Arrays.copyOf(starts, starts.length * 2);
            numbers = Arrays.copyOf(numbers, starts.length / 64 + 1);
        }
        if (charsUsed + token.length() > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(chars.length * 2, charsUsed + token.length()));
        }
        token.getChars(0, token.length(), chars, charsUsed);
        starts[id] = charsUsed;
        charsUsed += token.length();
        starts[id + 1] = charsUsed;
        if (Words.isNumber(token)) {
            numbers[id >>> 6] |= 1L << id;
        }
        table[slot] = id + 1;
        if (size > table.length / 2) {
            rehash(table.length * 2);
        }
        return id;
    }

    /**
     * The ids of the tokens that contain {@code part} anywhere: a scan of the distinct words (a few
     * hundred thousand chars at a million units), never of the units.
     */
    int[] containing(String part) {
        int[] found = new int[16];
        int count = 0;
        char first = part.charAt(0);
        for (int id = 0; id < size; id++) {
            int end = starts[id + 1] - part.length();
            for (int at = starts[id]; at <= end; at++) {
                if (chars[at] == first && regionEquals(at, part)) {
                    if (count == found.length) {
                        found = Arrays.copyOf(found, count * 2);
                    }
                    found[count++] = id;
                    break;
                }
            }
        }
        return Arrays.copyOf(found, count);
    }

    /** Whether the token contains a digit; false for unknown (negative) ids. */
    boolean isNumber(int id) {
        return id >= 0 && (numbers[id >>> 6] & 1L << id) != 0;
    }

    void writeTo(SnapshotOutput out) throws java.io.IOException {
        out.writeInt(size);
        out.writeChars(chars, charsUsed);
        out.writeInts(starts, size + 1);
        out.writeLongs(numbers, (size >>> 6) + 1);
    }

    /** A vocabulary as written; its hash table is rebuilt, a matter of milliseconds. */
    static Vocabulary readFrom(SnapshotInput in) throws java.io.IOException {
        Vocabulary vocabulary = new Vocabulary();
        vocabulary.size = in.readCount(Integer.MAX_VALUE - 1);
        vocabulary.chars = in.readChars();
        vocabulary.charsUsed = vocabulary.chars.length;
        vocabulary.starts = in.readInts();
        vocabulary.numbers = in.readLongs();
        if (vocabulary.starts.length != vocabulary.size + 1 || vocabulary.numbers.length != (vocabulary.size >>> 6) + 1
                || vocabulary.starts[vocabulary.size] != vocabulary.charsUsed) {
            throw new IndexSnapshotException("corrupt snapshot: a vocabulary of " + vocabulary.size + " words disagrees with itself");
        }
        int capacity = 1 << 11;
        while (vocabulary.size > capacity / 2) {
            capacity <<= 1;
        }
        vocabulary.rehash(capacity);
        return vocabulary;
    }

    long heapBytes() {
        return 2L * chars.length + 4L * starts.length + 8L * numbers.length + 4L * table.length + 96;
    }

    private boolean equals(int id, String token) {
        int start = starts[id];
        if (starts[id + 1] - start != token.length()) {
            return false;
        }
        for (int i = 0; i < token.length(); i++) {
            if (chars[start + i] != token.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private boolean regionEquals(int at, String part) {
        for (int i = 1; i < part.length(); i++) {
            if (chars[at + i] != part.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private void rehash(int capacity) {
        table = new int[capacity];
        int mask = capacity - 1;
        for (int id = 0; id < size; id++) {
            int h = 0;
            for (int i = starts[id]; i < starts[id + 1]; i++) {
                h = 31 * h + chars[i];
            }
            int slot = spread(h) & mask;
            while (table[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            table[slot] = id + 1;
        }
    }

    private static int hash(String token) {
        return spread(token.hashCode());
    }

    private static int spread(int h) {
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        return h;
    }
}
