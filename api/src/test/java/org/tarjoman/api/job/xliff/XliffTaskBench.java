package org.tarjoman.api.job.xliff;

import io.quarkus.test.junit.QuarkusTest;

import org.junit.jupiter.api.Test;
import org.tarjoman.api.testing.TarjomanClient;
import org.tarjoman.api.testing.TaskClient;

/**
 * Export and import of a 5,000-segment task through REST on the embedded H2 database: times the
 * GET of the XLIFF 2.1 file and the PUT of it translated (every unit translated, so every unit also
 * goes to history and memory). Not part of the test suite (the name does not end in Test); run with
 *
 * <pre>./mvnw -q -B verify -pl api -am -Dtest=XliffTaskBench -Dsurefire.failIfNoSpecifiedTests=false</pre>
 *
 * and read the {@code XLIFF bench} lines. Goal: each ≤ 2 s.
 */
@QuarkusTest
class XliffTaskBench {

    private static final int SEGMENTS = 5_000;
    private static final TarjomanClient NEWSROOM = new TarjomanClient();

    @Test
    void exportAndImportAFiveThousandSegmentTask() {
        StringBuilder article = new StringBuilder();
        for (int i = 0; i < SEGMENTS; i++) {
            article.append("گزارش شماره ").append(i).append(" از همکاری‌های اقتصادی دو کشور منتشر شد. ");
            if (i % 10 == 9) {
                article.append("\n\n");
            }
        }
        long jobId = NEWSROOM.submit(article.toString()).titled("bench").to("en").create();
        TaskClient task = NEWSROOM.task(jobId, "en");
        for (int run = 0; run < 2; run++) {
            long start = System.nanoTime();
            String xliff = task.getXliff(null).then().statusCode(200).extract().asString();
            long exported = System.nanoTime() - start;
            System.out.printf("XLIFF bench: export of %,d segments (%,d bytes): %d ms%n", SEGMENTS, xliff.length(),
                    exported / 1_000_000);
            if (run == 1) {
                break;
            }
            String translated = xliff.replace("<segment id=\"s1\">", "<segment id=\"s1\" state=\"translated\">")
                    .replaceAll("</source>(\\s*)</segment>", "</source>$1<target>Report from the economic cooperation.</target>$1</segment>");
            start = System.nanoTime();
            String report = task.importXliff(translated).then().statusCode(200).extract().jsonPath().getString("counts");
            System.out.printf("XLIFF bench: import of %,d translated units: %d ms %s%n", SEGMENTS,
                    (System.nanoTime() - start) / 1_000_000, report);
        }
    }
}
