package org.tarjoman.api.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tarjoman.api.testing.Identity.translator;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.tarjoman.api.memory.Tmx;
import org.tarjoman.api.testing.Markup;
import org.tarjoman.api.testing.TarjomanClient;
import org.tarjoman.api.testing.TaskClient;
import org.tarjoman.api.testing.TestData;

/**
 * What operators watch is on {@code /q/metrics} in Prometheus' format, and moves with the work: a save,
 * a memory look-up and a TMX import each count, and the webhook backlog is a number. On H2
 * ({@link OperatorMetricsTest}) and PostgreSQL ({@link OperatorMetricsPostgresTest}). The test JVM's
 * meters are shared by every test class, so each figure is compared with its value before the work.
 */
abstract class OperatorMetricsSpec {

    private static final TarjomanClient NEWSROOM = new TarjomanClient();
    private static final TarjomanClient TRANSLATOR = NEWSROOM.as(translator("metrics-translator-sara"));
    private static final List<String> PERSIAN = TestData.ntrexPersian();
    private static final List<String> ENGLISH = TestData.ntrexEnglish();

    @Test
    void shouldCountASaveALookUpAndAnImportAndShowTheWebhookBacklog() {
        Metrics before = Metrics.scrape();
        // the memory the English task reads, with one unit of the article it will match
        NEWSROOM.memory("fa-en").importTmx(new Tmx("fa").unit("fa", PERSIAN.get(41), "en", ENGLISH.get(41))
                .unit("fa", PERSIAN.get(42), "en", ENGLISH.get(42)).build()).then().statusCode(200);
        long jobId = NEWSROOM.submit(PERSIAN.get(41) + "\n\n" + PERSIAN.get(43)).titled("metrics")
                .externalId("operator-metrics").to("en").create();
        TaskClient task = TRANSLATOR.task(jobId, "en");
        assertThat(task.matches(PERSIAN.get(41)).getList("matches")).isNotEmpty();
        TaskClient.Segment segment = task.segmentWithSource(PERSIAN.get(43));
        task.save(segment.id(), Markup.escape(ENGLISH.get(43)), "DRAFT", segment.version()).then().statusCode(200);

        Metrics after = Metrics.scrape();

        assertThat(after.sum("tarjoman_segment_save_seconds_count") - before.sum("tarjoman_segment_save_seconds_count"))
                .as("segment saves timed").isGreaterThanOrEqualTo(1);
        assertThat(after.sum("tarjoman_memory_lookups_total", "result=\"match\"")
                - before.sum("tarjoman_memory_lookups_total", "result=\"match\""))
                .as("segments looked up with a match (job creation and the editor's look-up)").isGreaterThanOrEqualTo(2);
        assertThat(after.has("tarjoman_memory_lookups_total", "result=\"none\"")).as("segments looked up without a match")
                .isTrue();
        assertThat(after.sum("tarjoman_tmx_imports_total", "outcome=\"done\"")
                - before.sum("tarjoman_tmx_imports_total", "outcome=\"done\"")).as("imports done").isEqualTo(1);
        assertThat(after.sum("tarjoman_tmx_imported_units_total") - before.sum("tarjoman_tmx_imported_units_total"))
                .as("units imported").isEqualTo(2);
        assertThat(after.sum("tarjoman_webhook_backlog")).as("events waiting").isGreaterThanOrEqualTo(0);
        assertThat(after.sum("tarjoman_webhook_given_up")).as("events given up").isGreaterThanOrEqualTo(0);
        assertThat(after.has("tarjoman_webhook_failures_total", "outcome=\"given-up\"")).as("a series before any failure")
                .isTrue();
        assertThat(after.has("tarjoman_tmx_imports_total", "outcome=\"refused\"")).isTrue();
    }

    @Test
    void shouldRefuseATmxImportAndCountItAsRefused() {
        Metrics before = Metrics.scrape();
        String broken = new Tmx("fa").unit("fa", PERSIAN.get(44), "en", ENGLISH.get(44)).build()
                .replace("</body>", "<tu><tuv xml:lang=\"fa\"><seg>ناتمام</tuv></tu></body>");
        NEWSROOM.memory("fa-en").importTmx(broken).then().statusCode(400);
        assertThat(Metrics.scrape().sum("tarjoman_tmx_imports_total", "outcome=\"refused\"")
                - before.sum("tarjoman_tmx_imports_total", "outcome=\"refused\"")).isEqualTo(1);
    }

    /** One scrape of {@code /q/metrics} in Prometheus' text format. */
    private record Metrics(String text) {

        static Metrics scrape() {
            return new Metrics(NEWSROOM.get("/q/metrics").then().statusCode(200).extract().asString());
        }

        /** The sum of a metric's series whose labels hold every given {@code name="value"}; NaN is refused. */
        double sum(String name, String... labels) {
            double sum = 0;
            Matcher line = series(name).matcher(text);
            while (line.find()) {
                if (List.of(labels).stream().allMatch(label -> line.group(1) != null && line.group(1).contains(label))) {
                    double value = Double.parseDouble(line.group(2));
                    assertThat(value).as(line.group()).isNotNaN();
                    sum += value;
                }
            }
            return sum;
        }

        boolean has(String name, String label) {
            Matcher line = series(name).matcher(text);
            while (line.find()) {
                if (line.group(1) != null && line.group(1).contains(label)) {
                    return true;
                }
            }
            return false;
        }

        private static Pattern series(String name) {
            return Pattern.compile("(?m)^" + Pattern.quote(name) + "(\\{[^}]*})? (\\S+)$");
        }
    }
}
