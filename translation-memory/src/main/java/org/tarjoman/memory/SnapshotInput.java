package org.tarjoman.memory;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;

/**
 * The reading side of an {@link IndexSnapshot}. It knows how many bytes the body holds and refuses an
 * array longer than what is left of them, so a corrupt length is an {@link IndexSnapshotException},
 * never an allocation of gigabytes.
 */
final class SnapshotInput {

    private final DataInputStream in;
    private final ByteBuffer buffer = ByteBuffer.allocate(1 << 16);
    private long remaining;

    SnapshotInput(InputStream in, long bodyBytes) {
        this.in = new DataInputStream(in);
        this.remaining = bodyBytes;
    }

    /** Bytes of the body not read yet. */
    long remaining() {
        return remaining;
    }

    int readInt() throws IOException {
        take(Integer.BYTES);
        return in.readInt();
    }

    long readLong() throws IOException {
        take(Long.BYTES);
        return in.readLong();
    }

    /** A non-negative count at most {@code max}. */
    int readCount(long max) throws IOException {
        int count = readInt();
        if (count < 0 || count > max) {
            throw new IndexSnapshotException("corrupt snapshot: a count of " + count + " where at most " + max + " fit");
        }
        return count;
    }

    byte[] readBytes() throws IOException {
        byte[] values = new byte[length(Byte.BYTES)];
        in.readFully(values);
        return values;
    }

    int[] readInts() throws IOException {
        int[] values = new int[length(Integer.BYTES)];
        for (int at = 0; at < values.length; ) {
            int n = fill(Math.min(values.length - at, buffer.capacity() / Integer.BYTES) * Integer.BYTES) / Integer.BYTES;
            buffer.asIntBuffer().get(values, at, n);
            at += n;
        }
        return values;
    }

    long[] readLongs() throws IOException {
        long[] values = new long[length(Long.BYTES)];
        for (int at = 0; at < values.length; ) {
            int n = fill(Math.min(values.length - at, buffer.capacity() / Long.BYTES) * Long.BYTES) / Long.BYTES;
            buffer.asLongBuffer().get(values, at, n);
            at += n;
        }
        return values;
    }

    char[] readChars() throws IOException {
        char[] values = new char[length(Character.BYTES)];
        for (int at = 0; at < values.length; ) {
            int n = fill(Math.min(values.length - at, buffer.capacity() / Character.BYTES) * Character.BYTES)
                    / Character.BYTES;
            buffer.asCharBuffer().get(values, at, n);
            at += n;
        }
        return values;
    }

    /** An array's length, refused when its elements would run past the body. */
    private int length(int elementBytes) throws IOException {
        int count = readCount(Integer.MAX_VALUE);
        take((long) count * elementBytes);
        return count;
    }

    private int fill(int bytes) throws IOException {
        buffer.clear();
        in.readFully(buffer.array(), 0, bytes);
        return bytes;
    }

    private void take(long bytes) throws IndexSnapshotException {
        if (bytes > remaining) {
            throw new IndexSnapshotException("corrupt snapshot: " + bytes + " bytes wanted where " + remaining + " are left");
        }
        remaining -= bytes;
    }
}
