package org.tarjoman.api.problem;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Supplier;

/**
 * A request body that counts the bytes read from it and throws its refusal (a 413) at the first one over
 * the limit; it never asks the client for more than one byte past it.
 */
final class CountedBody extends FilterInputStream {

    private final long max;
    private final Supplier<ApiException> refusal;
    private long read;

    CountedBody(InputStream in, long max, Supplier<ApiException> refusal) {
        super(in);
        this.max = max;
        this.refusal = refusal;
    }

    /** Whether more than the limit was read: the refusal, whatever a reader made of it. */
    boolean exceeded() {
        return read > max;
    }

    ApiException refusal() {
        return refusal.get();
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, (int) Math.min(length, max - read + 1));
        if (n > 0) {
            count(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(Math.min(n, max - read + 1));
        count(skipped);
        return skipped;
    }

    private void count(long n) {
        read += n;
        if (exceeded()) {
            throw refusal();
        }
    }
}
