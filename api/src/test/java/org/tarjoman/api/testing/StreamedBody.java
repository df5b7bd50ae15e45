package org.tarjoman.api.testing;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * A request body made on the fly, for bodies too large to hold in a test: a head, a piece repeated to
 * reach a size, and a tail. Sent as an {@link InputStream}, RestAssured gives it no Content-Length
 * (chunked transfer), so the server knows its size only by reading it.
 */
public final class StreamedBody extends InputStream {

    private final byte[] head;
    private final byte[] piece;
    private final byte[] tail;
    private final long pieces;
    private long position;

    private StreamedBody(String head, String piece, long pieces, String tail) {
        this.head = head.getBytes(StandardCharsets.UTF_8);
        this.piece = piece.getBytes(StandardCharsets.UTF_8);
        this.tail = tail.getBytes(StandardCharsets.UTF_8);
        this.pieces = pieces;
    }

    /** {@code head}, then {@code piece} as often as it takes to make at least {@code bytes}, then {@code tail}. */
    public static StreamedBody of(String head, String piece, long bytes, String tail) {
        long size = piece.getBytes(StandardCharsets.UTF_8).length;
        return new StreamedBody(head, piece, (bytes + size - 1) / size, tail);
    }

    @Override
    public int read() {
        long middle = pieces * piece.length;
        long at = position++;
        if (at < head.length) {
            return head[(int) at] & 0xFF;
        }
        at -= head.length;
        if (at < middle) {
            return piece[(int) (at % piece.length)] & 0xFF;
        }
        at -= middle;
        if (at < tail.length) {
            return tail[(int) at] & 0xFF;
        }
        position--;
        return -1;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
        int n = 0;
        while (n < length) {
            int b = read();
            if (b < 0) {
                return n == 0 ? -1 : n;
            }
            buffer[offset + n++] = (byte) b;
        }
        return n;
    }
}
