package org.tarjoman.memory;

import java.io.IOException;

/**
 * A snapshot that cannot be read back as the index it claims to be: not a snapshot, an older format,
 * another language pair, truncated, or corrupt (its checksums disagree). The caller rebuilds the index
 * from the store instead.
 */
public final class IndexSnapshotException extends IOException {

    public IndexSnapshotException(String message) {
        super(message);
    }

    public IndexSnapshotException(String message, Throwable cause) {
        super(message, cause);
    }
}
