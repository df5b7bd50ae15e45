package org.tarjoman.memory;

import java.util.Arrays;

/**
 * A map from {@code long} to non-negative {@code int}, open addressing with linear probing and
 * backward-shift deletion: no boxing, 12 bytes per slot. Keys are mixed before probing, so dense
 * keys (database ids) spread as well as hashes. Not thread-safe.
 */
final class LongIntMap {

    static final int ABSENT = -1;

    private long[] keys;
    private int[] values;
    private int size;
    private int mask;

    LongIntMap(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, (int) (expected / 0.7)) - 1) << 1;
        keys = new long[capacity];
        values = new int[capacity];
        Arrays.fill(values, ABSENT);
        mask = capacity - 1;
    }

    int size() {
        return size;
    }

    int get(long key) {
        for (int slot = slot(key); ; slot = (slot + 1) & mask) {
            int value = values[slot];
            if (value == ABSENT || keys[slot] == key) {
                return value;
            }
        }
    }

    /** Puts and returns the previous value or {@link #ABSENT}. */
    int put(long key, int value) {
        if (value < 0) {
            throw new IllegalArgumentException("values must be non-negative");
        }
        int slot = slot(key);
        while (values[slot] != ABSENT) {
            if (keys[slot] == key) {
                int previous = values[slot];
                values[slot] = value;
                return previous;
            }
            slot = (slot + 1) & mask;
        }
        keys[slot] = key;
        values[slot] = value;
        if (++size > mask * 0.75) {
            resize(keys.length * 2);
        }
        return ABSENT;
    }

    int remove(long key) {
        int slot = slot(key);
        while (values[slot] != ABSENT && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        int previous = values[slot];
        if (previous == ABSENT) {
            return ABSENT;
        }
        // backward shift: move later entries of the run into the hole if their home allows it
        int hole = slot;
        for (int next = (hole + 1) & mask; values[next] != ABSENT; next = (next + 1) & mask) {
            int home = slot(keys[next]);
            if (((next - home) & mask) >= ((next - hole) & mask)) {
                keys[hole] = keys[next];
                values[hole] = values[next];
                hole = next;
            }
        }
        values[hole] = ABSENT;
        size--;
        return previous;
    }

    /** Calls {@code visitor} for every entry; the map must not change meanwhile. */
    void forEach(EntryVisitor visitor) {
        for (int slot = 0; slot < values.length; slot++) {
            if (values[slot] != ABSENT) {
                visitor.visit(keys[slot], values[slot]);
            }
        }
    }

    long heapBytes() {
        return 12L * keys.length + 32;
    }

    /** The table as it is (slots depend on {@link Hash64#mix}: a change of it changes the snapshot format). */
    void writeTo(SnapshotOutput out) throws java.io.IOException {
        out.writeInt(size);
        out.writeLongs(keys, keys.length);
        out.writeInts(values, values.length);
    }

    static LongIntMap readFrom(SnapshotInput in) throws java.io.IOException {
        LongIntMap map = new LongIntMap(16);
        map.size = in.readCount(Integer.MAX_VALUE);
        map.keys = in.readLongs();
        map.values = in.readInts();
        int capacity = map.keys.length;
        if (capacity != map.values.length || Integer.bitCount(capacity) != 1 || map.size > capacity * 0.75) {
            throw new IndexSnapshotException("corrupt snapshot: a map of " + map.size + " in " + capacity + " slots");
        }
        map.mask = capacity - 1;
        return map;
    }

    private int slot(long key) {
        return (int) Hash64.mix(key) & mask;
    }

    private void resize(int capacity) {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[capacity];
        values = new int[capacity];
        Arrays.fill(values, ABSENT);
        mask = capacity - 1;
        for (int i = 0; i < oldValues.length; i++) {
            if (oldValues[i] != ABSENT) {
                int slot = slot(oldKeys[i]);
                while (values[slot] != ABSENT) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = oldKeys[i];
                values[slot] = oldValues[i];
            }
        }
    }

    @FunctionalInterface
    interface EntryVisitor {
        void visit(long key, int value);
    }
}
