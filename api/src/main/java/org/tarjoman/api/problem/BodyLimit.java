package org.tarjoman.api.problem;

import java.io.InputStream;
import java.util.EnumMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.tarjoman.api.config.TarjomanConfig;

/**
 * The size limit of each {@link BodyKind}, checked on a declared length, on a file already received,
 * and on the bytes actually read: a chunked body has no declared length and a declared one can lie.
 * Over the limit is a 413 problem naming the limit's property.
 */
@ApplicationScoped
public class BodyLimit {

    private final Map<BodyKind, Long> maxBytes = new EnumMap<>(BodyKind.class);

    BodyLimit(TarjomanConfig config) {
        for (BodyKind kind : BodyKind.values()) {
            maxBytes.put(kind, kind.maxBytes(config));
        }
    }

    /** Checks an article's size. */
    public void check(long bytes) {
        check(BodyKind.ARTICLE, bytes);
    }

    public void check(BodyKind kind, long bytes) {
        long max = maxBytes.get(kind);
        if (bytes > max) {
            throw tooLarge(kind, "The body has " + bytes + " bytes");
        }
    }

    /** The stream, refused with a 413 as soon as one byte more than the limit has been read from it. */
    CountedBody counted(BodyKind kind, InputStream in) {
        return new CountedBody(in, maxBytes.get(kind), () -> tooLarge(kind, "The body has more than " + maxBytes.get(kind)
                + " bytes"));
    }

    private ApiException tooLarge(BodyKind kind, String size) {
        long max = maxBytes.get(kind);
        return new ApiException(ProblemKind.PAYLOAD_TOO_LARGE, size + "; the limit is " + max + " bytes (" + human(max)
                + ").", Map.of("limit", kind.property(), "maxBytes", max));
    }

    private static String human(long bytes) {
        if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MB";
        }
        return bytes >= 1024 && bytes % 1024 == 0 ? bytes / 1024 + " KB" : bytes + " bytes";
    }
}
