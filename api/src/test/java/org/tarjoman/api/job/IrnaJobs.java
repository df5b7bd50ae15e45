package org.tarjoman.api.job;

import java.util.List;
import java.util.Map;

import org.tarjoman.api.testing.TarjomanClient;
import org.tarjoman.api.testing.TestData;

/** Jobs of the IRNA article for the QA specs: an English task whose memories hold nothing of it. */
final class IrnaJobs {

    private IrnaJobs() {
    }

    /** A new job whose English task reads and writes a new, empty memory named {@code prefix-…}. */
    static long inEnglishWithAnEmptyMemory(TarjomanClient client, String prefix) {
        String memory = client.memories().create(prefix + "-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36),
                "QA tests", false);
        return client.submit(TestData.irnaMoscowVisit()).titled("Pezeshkian's visit to Moscow").to("en")
                .memories(Map.of("en", Map.of("read", List.of(Map.of("name", memory, "penalty", 0)), "write", memory)))
                .create();
    }
}
