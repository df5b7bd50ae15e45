package org.tarjoman.api.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.restassured.response.Response;

import org.junit.jupiter.api.Test;
import org.tarjoman.api.memory.Tmx;
import org.tarjoman.api.testing.PackagedApp;
import org.tarjoman.api.testing.TestData;

/**
 * A node that is still loading a memory's index says so: {@code /q/health/ready} answers 503 with the
 * memory "loading" (a proxy sends no editor there, whose matches would be missing), while
 * {@code /q/health/live} answers 200 (nothing restarts it), and readiness turns 200 with the memory's
 * unit count once the index is loaded. The packaged app is restarted on a memory of 20,000 units.
 */
class MemoryReadinessIT {

    private static final int UNITS = 20_000;
    private static final int PER_IMPORT = 5_000;

    @Test
    void shouldBeLiveButNotReadyWhileAMemoryIndexLoads() throws Exception {
        Path data = Files.createTempDirectory(Files.createDirectories(Path.of("target", "memory-readiness")), "data-");
        List<String> persian = TestData.ntrexPersian();
        List<String> english = TestData.ntrexEnglish();
        try (PackagedApp app = PackagedApp.start(data, data.getFileName() + "-start-0.log")) {
            for (int from = 0; from < UNITS; from += PER_IMPORT) {
                Tmx tmx = new Tmx("fa");
                for (int k = from; k < from + PER_IMPORT; k++) {
                    tmx.unit("fa", persian.get(k % persian.size()) + " " + k, "en", english.get(k % english.size()) + " " + k);
                }
                app.client().memory("fa-en").importTmx(tmx.build()).then().statusCode(200);
            }
        }

        try (PackagedApp app = PackagedApp.launch(data, data.getFileName() + "-start-1.log", Map.of())) {
            int loadingSeen = 0;
            int liveWhileLoading = 0;
            long deadline = System.nanoTime() + 90_000_000_000L;
            while (System.nanoTime() < deadline) {
                Response ready;
                try {
                    ready = app.client().get("/q/health/ready");
                } catch (Exception notListeningYet) {
                    Thread.sleep(5);
                    continue;
                }
                if (ready.statusCode() == 200) {
                    assertThat(ready.jsonPath().getString("checks.find { it.name == 'Translation memory indexes' }.data.'fa-en'"))
                            .isEqualTo(UNITS + " units");
                    break;
                }
                assertThat(ready.statusCode()).isEqualTo(503);
                if ("loading".equals(ready.jsonPath().getString(
                        "checks.find { it.name == 'Translation memory indexes' }.data.'fa-en'"))) {
                    loadingSeen++;
                    liveWhileLoading += app.client().get("/q/health/live").statusCode() == 200 ? 1 : 0;
                }
                Thread.sleep(5);
            }
            System.out.printf("memory readiness: %d answers 'loading', %d of them live%n", loadingSeen, liveWhileLoading);
            assertThat(loadingSeen).as("readiness answers while the index loaded").isPositive();
            assertThat(liveWhileLoading).as("liveness answered 200 while not ready").isPositive();
        }
    }
}
