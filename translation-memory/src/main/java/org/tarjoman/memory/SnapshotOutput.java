package org.tarjoman.memory;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;

/**
 * The writing side of an {@link IndexSnapshot}: numbers, and arrays as a length then their elements in
 * bulk (through one reused buffer, not an element at a time), big-endian like {@link DataOutputStream}.
 */
final class SnapshotOutput {

    private final DataOutputStream out;
    private final ByteBuffer buffer = ByteBuffer.allocate(1 << 16);

    SnapshotOutput(OutputStream out) {
        this.out = new DataOutputStream(out);
    }

    void writeInt(int value) throws IOException {
        out.writeInt(value);
    }

    void writeLong(long value) throws IOException {
        out.writeLong(value);
    }

    void writeBytes(byte[] values, int count) throws IOException {
        out.writeInt(count);
        out.write(values, 0, count);
    }

    void writeInts(int[] values, int count) throws IOException {
        out.writeInt(count);
        for (int at = 0; at < count; ) {
            int n = Math.min(count - at, buffer.capacity() / Integer.BYTES);
            buffer.clear();
            buffer.asIntBuffer().put(values, at, n);
            out.write(buffer.array(), 0, n * Integer.BYTES);
            at += n;
        }
    }

    void writeLongs(long[] values, int count) throws IOException {
        out.writeInt(count);
        for (int at = 0; at < count; ) {
            int n = Math.min(count - at, buffer.capacity() / Long.BYTES);
            buffer.clear();
            buffer.asLongBuffer().put(values, at, n);
            out.write(buffer.array(), 0, n * Long.BYTES);
            at += n;
        }
    }

    void writeChars(char[] values, int count) throws IOException {
        out.writeInt(count);
        for (int at = 0; at < count; ) {
            int n = Math.min(count - at, buffer.capacity() / Character.BYTES);
            buffer.clear();
            buffer.asCharBuffer().put(values, at, n);
            out.write(buffer.array(), 0, n * Character.BYTES);
            at += n;
        }
    }

    void flush() throws IOException {
        out.flush();
    }
}
