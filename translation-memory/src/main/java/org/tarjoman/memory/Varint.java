package org.tarjoman.memory;

/**
 * The variable-length integers of {@link TokenArena} and {@link PostingLists}: seven bits a byte,
 * low bits first, the high bit set on every byte but the last (LEB128, as Lucene's {@code VInt}), so
 * values below 128 take one byte and no int more than {@value #MAX_BYTES}.
 *
 * <p>Static methods on a {@code byte[]} and an offset, so the index's hot loops neither allocate nor
 * make a call the JIT cannot inline. {@link #read} answers both the value and where the next varint
 * starts, packed in one {@code long}:
 * <pre>{@code
 * long read = Varint.read(bytes, at);
 * int value = Varint.value(read);
 * at = Varint.next(read);
 * }</pre>
 */
final class Varint {

    /** The most bytes one int takes. */
    static final int MAX_BYTES = 5;

    private Varint() {
    }

    /** Writes {@code value} at {@code at}, which must leave room for {@link #MAX_BYTES}; answers where it ends. */
    static int write(int value, byte[] bytes, int at) {
        while ((value & ~0x7F) != 0) {
            bytes[at++] = (byte) (value & 0x7F | 0x80);
            value >>>= 7;
        }
        bytes[at++] = (byte) value;
        return at;
    }

    /** Reads the varint at {@code at}: its {@link #value} and the {@link #next} offset in one {@code long}. */
    static long read(byte[] bytes, int at) {
        int value = 0;
        int shift = 0;
        byte b;
        while ((b = bytes[at++]) < 0) {
            value |= (b & 0x7F) << shift;
            shift += 7;
        }
        return (long) at << 32 | (value | b << shift) & 0xFFFFFFFFL;
    }

    static int value(long read) {
        return (int) read;
    }

    static int next(long read) {
        return (int) (read >>> 32);
    }
}
