package org.tarjoman.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Real Persian articles kept as test resources (copied from test-data/samples). */
public final class Samples {

    private Samples() {
    }

    public static String irnaMoscowVisit() {
        return read("/samples/irna-moscow-visit-fa.txt");
    }

    public static String read(String resource) {
        try (InputStream in = Samples.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
