package org.tarjoman.api.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.tarjoman.api.testing.Identity.translator;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

import org.junit.jupiter.api.Test;
import org.tarjoman.api.testing.TarjomanClient;
import org.tarjoman.api.testing.TaskClient;

/**
 * Editors keep saving while a large TMX import runs into the memory their saves write to, and the
 * import stays all or nothing. The import is held open by a lock on its memory's generation row, the
 * last row it writes before committing, so these tests need no timing. Memory {@code fa-ru}, with
 * sentences no other test uses.
 */
abstract class TmxImportWhileEditingSpec {

    private static final TarjomanClient NEWSROOM = new TarjomanClient();
    private static final TarjomanClient TRANSLATOR = NEWSROOM.as(translator("leila"));
    /** Over the tests' 200 KB limit for imports answered at once, and over one progress report (5,000). */
    private static final int UNITS = 6_000;

    @Inject
    DataSource dataSource;

    @Test
    void shouldSaveASegmentWhileAnImportIntoItsMemoryIsStillOpen() throws SQLException {
        String sentence = "سخنگوی وزارت امور خارجه امروز در نشست خبری هفتگی سخن گفت.";
        long job = NEWSROOM.submit(sentence).titled("weekly briefing").to("ru").create();
        TaskClient task = TRANSLATOR.task(job, "ru");
        TaskClient.Segment segment = task.segmentWithSource(sentence);
        NEWSROOM.memory("fa-ru").add("نشست خبری هفتگی برگزار شد.", "Еженедельный брифинг состоялся.");

        String location;
        try (Connection held = holdGeneration("fa-ru")) {
            location = startImport("هفتگی", "еженедельный");
            awaitProcessed(location, 5_000);

            task.save(segment.id(), "Официальный представитель МИД выступил сегодня на еженедельном брифинге.",
                    "TRANSLATED", segment.version()).then().statusCode(200);

            assertThat(NEWSROOM.memories().getImport(id(location)).jsonPath().getString("state"))
                    .as("the import cannot have committed: it waits for the generation row").isEqualTo("RUNNING");
            assertThat(NEWSROOM.memory("fa-ru").matches(sentence).getString("matches[0].target"))
                    .isEqualTo("Официальный представитель МИД выступил сегодня на еженедельном брифинге.");
            held.rollback();
        }

        JsonPath done = NEWSROOM.memories().awaitImport(location);
        assertThat(done.getString("state")).isEqualTo("DONE");
        assertThat(done.getLong("added")).isEqualTo(UNITS);
        assertThat(NEWSROOM.memory("fa-ru").matches(source(17, "هفتگی")).getString("matches[0].target"))
                .isEqualTo(target(17, "еженедельный"));
    }

    @Test
    void shouldKeepNothingOfAnImportThatFailsAfterItsBatchesWereWritten() throws SQLException {
        long before = NEWSROOM.memories().units("fa-ru");
        String tmx = tmx("ماهانه", "ежемесячный").replace("</body>", "<tu><tuv xml:lang=\"fa\"><seg>ناتمام</tuv></tu></body>");

        Response accepted = NEWSROOM.memory("fa-ru").importTmx(tmx);
        accepted.then().statusCode(202);
        JsonPath failed = NEWSROOM.memories().awaitImport(accepted.header("Location"));

        assertThat(failed.getString("state")).isEqualTo("FAILED");
        assertThat(failed.getString("messages")).contains("line " + (4 * UNITS + 5));
        NEWSROOM.memory("fa-ru").getMatches(Map.of("q", source(17, "ماهانه"), "threshold", 100))
                .then().statusCode(200).body("matches.size()", equalTo(0));
        assertThat(NEWSROOM.memories().units("fa-ru")).isEqualTo(before);
    }

    /** Locks the memory's row as another transaction would, until the connection is rolled back. */
    private Connection holdGeneration(String memory) throws SQLException {
        Connection c = dataSource.getConnection();
        c.setAutoCommit(false);
        try (PreparedStatement lock = c.prepareStatement("UPDATE tm_memory SET generation = generation WHERE name = ?")) {
            lock.setString(1, memory);
            assertThat(lock.executeUpdate()).isEqualTo(1);
        }
        return c;
    }

    private static String startImport(String word, String translation) {
        Response accepted = NEWSROOM.memory("fa-ru").importTmx(tmx(word, translation));
        accepted.then().statusCode(202);
        return accepted.header("Location");
    }

    /** Waits until the import reports this many units read (its batches are then written, uncommitted). */
    private static void awaitProcessed(String location, long units) {
        JsonPath state = NEWSROOM.memories().getImport(id(location)).jsonPath();
        while (state.getLong("unitsProcessed") < units) {
            assertThat(state.getString("state")).isIn("QUEUED", "RUNNING");
            pause();
            state = NEWSROOM.memories().getImport(id(location)).jsonPath();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String tmx(String word, String translation) {
        List<String> sources = new ArrayList<>();
        List<String> targets = new ArrayList<>();
        for (int i = 0; i < UNITS; i++) {
            sources.add(source(i, word));
            targets.add(target(i, translation));
        }
        return new Tmx("fa").units("ru", sources, targets).build();
    }

    private static String source(int i, String word) {
        return "گزارش " + word + " شماره " + i + " درباره بازار ارز منتشر شد.";
    }

    private static String target(int i, String translation) {
        return "Опубликован " + translation + " отчёт номер " + i + " о валютном рынке.";
    }

    private static String id(String location) {
        return location.substring(location.lastIndexOf('/') + 1);
    }
}
