package org.tarjoman.api.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

import org.junit.jupiter.api.Test;
import org.tarjoman.api.memory.Tmx;
import org.tarjoman.api.testing.PackagedApp;
import org.tarjoman.api.testing.TestData;

/**
 * An orderly stop (SIGTERM) of the packaged app on H2 keeps a background TMX import it has reported
 * DONE, however soon after the report it comes, and rolls back one still running, marking it FAILED; the
 * database opens again either way. H2 shows a committing transaction's rows to other sessions while it
 * still finishes the commit (seconds for tens of thousands of units): DONE read then, and a stop that
 * interrupted the import's thread, closed H2's file under the commit and lost the import.
 */
class ImportAtStopIT {

    private static final int UNITS = 40_000;

    @Test
    void shouldKeepAnImportReportedDoneAndRollBackOneRunningWhenStopped() throws Exception {
        Path data = Files.createTempDirectory(Files.createDirectories(Path.of("target", "import-at-stop")), "data-");
        String tmx = tmx();

        String cut;
        try (PackagedApp app = PackagedApp.start(data, data.getFileName() + "-start-0.log")) {
            cut = startImport(app, tmx);
            awaitState(app, cut, state -> state.getLong("unitsProcessed") >= 5_000);
            app.close(); // SIGTERM while the import runs
            assertThat(app.exitValue()).as("stopped by itself, not killed").isEqualTo(143);
        }

        String kept;
        JsonPath done;
        try (PackagedApp app = PackagedApp.start(data, data.getFileName() + "-start-1.log")) {
            JsonPath stopped = app.client().get(cut).jsonPath();
            assertThat(stopped.getString("state")).isEqualTo("FAILED");
            assertThat(units(app)).as("units kept of the import cut by the stop").isZero();

            kept = startImport(app, tmx);
            done = awaitState(app, kept, state -> "DONE".equals(state.getString("state")));
            app.close(); // SIGTERM at once after DONE
            assertThat(app.exitValue()).as("stopped by itself, not killed").isEqualTo(143);
        }

        try (PackagedApp app = PackagedApp.start(data, data.getFileName() + "-start-2.log")) {
            long added = done.getLong("added");
            System.out.printf("import at stop: %,d units reported added, %,d in the memory after the restart%n", added,
                    units(app));
            assertThat(added).isPositive();
            assertThat(units(app)).as("units of the import reported DONE before the stop").isEqualTo(added);
            assertThat(app.client().get(kept).jsonPath().getString("state")).isEqualTo("DONE");
        }
    }

    /** Distinct units, large enough for a background import whose commit takes seconds. */
    private static String tmx() {
        List<String> persian = TestData.ntrexPersian();
        List<String> english = TestData.ntrexEnglish();
        Tmx tmx = new Tmx("fa");
        for (int k = 0; k < UNITS; k++) {
            tmx.unit("fa", persian.get(k % persian.size()) + " " + k, "en", english.get(k % english.size()) + " " + k);
        }
        return tmx.build();
    }

    private static String startImport(PackagedApp app, String tmx) {
        Response accepted = app.client().memory("fa-en").importTmx(tmx);
        accepted.then().statusCode(202);
        return accepted.header("Location");
    }

    /** Follows the import closely (every 10 ms) until the condition holds; fails on an import that failed. */
    private static JsonPath awaitState(PackagedApp app, String location, java.util.function.Predicate<JsonPath> until)
            throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline) {
            JsonPath state = app.client().get(location).jsonPath();
            assertThat(state.getString("state")).isIn("QUEUED", "RUNNING", "DONE");
            if (until.test(state)) {
                return state;
            }
            Thread.sleep(10);
        }
        throw new AssertionError("The import at " + location + " did not get there within 3 minutes");
    }

    private static long units(PackagedApp app) {
        return app.client().get("/api/v1/memories/fa-en").jsonPath().getLong("units");
    }
}
