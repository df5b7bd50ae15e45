package org.tarjoman.api.problem;

import jakarta.enterprise.context.ApplicationScoped;

import org.tarjoman.api.config.TarjomanConfig;

/** The size limit for article bodies, checked on the declared length and again on the bytes read. */
@ApplicationScoped
public class BodyLimit {

    private final long maxBytes;

    BodyLimit(TarjomanConfig config) {
        this.maxBytes = config.segmentation().maxBodySize().asLongValue();
    }

    public void check(long bytes) {
        if (bytes > maxBytes) {
            throw new ApiException(ProblemKind.PAYLOAD_TOO_LARGE,
                    "The body has " + bytes + " bytes; the limit is " + maxBytes + " bytes ("
                            + (maxBytes / (1024 * 1024)) + " MB).");
        }
    }
}
