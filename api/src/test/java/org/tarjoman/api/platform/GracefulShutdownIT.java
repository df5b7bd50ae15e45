package org.tarjoman.api.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tarjoman.api.testing.Identity.translator;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

import io.restassured.response.Response;

import org.junit.jupiter.api.Test;
import org.tarjoman.api.testing.Markup;
import org.tarjoman.api.testing.PackagedApp;
import org.tarjoman.api.testing.TarjomanClient;
import org.tarjoman.api.testing.TaskClient;
import org.tarjoman.api.testing.TestData;

/**
 * An orderly stop (SIGTERM) under a load of segment saves loses nothing and breaks nothing: the packaged
 * app on its H2 file, stopped while translators save, exits by itself (143, not killed), every save it
 * answered 2xx is there after the restart, and no save got a 500 (a database closed under it). Quarkus
 * answers requests in flight at the stop; should a version answer 503 while stopping, that save must have
 * changed nothing. A refused connection after the stop is what a client of a stopped node gets; the
 * proxy sends it to another node.
 */
class GracefulShutdownIT {

    private static final int SAVERS = 4;
    private static final int SENTENCES = 40;
    /** Saves answered before the stop: the load is running, past the first requests' warm-up. */
    private static final int SAVES_BEFORE_STOP = 60;
    private static final long MAX_LOAD_MILLIS = 90_000;
    private static final List<String> ENGLISH = TestData.ntrexEnglish().stream().map(Markup::escape).toList();

    /** A save as sent: the version it makes and its target. */
    private record Save(long version, String target) {
    }

    private final Map<Long, Save> acknowledged = new ConcurrentHashMap<>();
    private final Map<Long, Save> unanswered = new ConcurrentHashMap<>();
    private final Map<Long, Save> refused = new ConcurrentHashMap<>();
    private final Queue<String> failures = new ConcurrentLinkedQueue<>();
    private final AtomicInteger saves = new AtomicInteger();
    private final AtomicInteger refusals = new AtomicInteger();
    private volatile long stoppedAt = Long.MAX_VALUE;

    @Test
    void shouldFinishInFlightSavesAndLoseNoAcknowledgedSaveWhenStoppedUnderLoad() throws Exception {
        Path data = Files.createTempDirectory(Files.createDirectories(Path.of("target", "graceful-shutdown")), "data-");
        String firstLog = data.getFileName() + "-start-0.log";
        PackagedApp app = PackagedApp.start(data, firstLog);
        long jobId;
        int savesBeforeStop;
        int exit;
        try {
            jobId = WriteLoad.prepare(app.client(), SENTENCES);
            List<TaskClient.Segment> segments = app.client().task(jobId, WriteLoad.LANGUAGE).segments()
                    .getList("segments", Map.class).stream()
                    .map(s -> new TaskClient.Segment(((Number) s.get("id")).longValue(),
                            ((Number) s.get("version")).longValue(), null, null, null)).toList();
            List<Thread> savers = new ArrayList<>();
            for (int w = 0; w < SAVERS; w++) {
                List<TaskClient.Segment> mine = new ArrayList<>();
                for (int i = w; i < segments.size(); i += SAVERS) {
                    mine.add(segments.get(i));
                }
                Thread saver = new Thread(() -> save(app.client(), jobId, mine), "graceful-saver-" + w);
                savers.add(saver);
                saver.start();
            }
            long loadUntil = System.currentTimeMillis() + MAX_LOAD_MILLIS;
            while (saves.get() < SAVES_BEFORE_STOP && failures.isEmpty() && System.currentTimeMillis() < loadUntil) {
                Thread.sleep(50);
            }
            savesBeforeStop = saves.get();
            int inFlight = unanswered.size();
            stoppedAt = System.nanoTime();
            app.close(); // SIGTERM, then waits for the process to end
            long stopMillis = (System.nanoTime() - stoppedAt) / 1_000_000;
            exit = app.exitValue();
            for (Thread saver : savers) {
                saver.join();
            }
            System.out.printf("graceful shutdown: %d saves answered 2xx (%d before SIGTERM, %d in flight at it), %d refused"
                    + " with 503 while stopping, stopped in %d ms, exit %d%n", saves.get(), savesBeforeStop, inFlight,
                    refusals.get(), stopMillis, exit);
        } finally {
            app.close();
        }

        assertThat(exit).as("an orderly exit, not a kill after PackagedApp's 30 s").isEqualTo(143);
        assertThat(failures).as("answers that were neither 2xx, a 503 while stopping nor a refused connection").isEmpty();
        assertThat(savesBeforeStop).as("saves answered before the stop").isGreaterThanOrEqualTo(SAVES_BEFORE_STOP);
        List<String> firstRun = Files.readAllLines(data.resolveSibling(firstLog), StandardCharsets.UTF_8);
        assertThat(firstRun).as("errors logged while stopping (a database closed under a request)")
                .noneMatch(line -> line.contains(" ERROR "));

        PackagedApp restarted = PackagedApp.start(data, data.getFileName() + "-start-1.log");
        try {
            checkSaves(restarted.client(), jobId);
        } finally {
            restarted.close();
        }
    }

    private void save(TarjomanClient app, long jobId, List<TaskClient.Segment> segments) {
        TaskClient task = app.as(translator("graceful-translator")).task(jobId, WriteLoad.LANGUAGE);
        Map<Long, Long> versions = new ConcurrentHashMap<>();
        segments.forEach(s -> versions.put(s.id(), s.version()));
        for (int n = 0; ; n++) {
            long id = segments.get(n % segments.size()).id();
            Save sent = new Save(versions.get(id) + 1, "Draft " + n + ": " + ENGLISH.get(n % ENGLISH.size()));
            unanswered.put(id, sent);
            Response answer;
            try {
                answer = task.save(id, sent.target(), "DRAFT", versions.get(id));
            } catch (Exception closed) { // RestAssured throws ConnectException undeclared
                if (System.nanoTime() < stoppedAt) {
                    failures.add("connection failed before the stop: " + closed);
                }
                return;
            }
            if (answer.statusCode() == 503 && System.nanoTime() > stoppedAt) {
                unanswered.remove(id);
                refused.put(id, sent);
                refusals.incrementAndGet();
                return;
            }
            if (answer.statusCode() != 200) {
                failures.add("save answered " + answer.statusCode() + ": " + answer.asString());
                return;
            }
            unanswered.remove(id);
            Save saved = new Save(answer.jsonPath().getLong("version"), answer.jsonPath().getString("target"));
            acknowledged.put(id, saved);
            versions.put(id, saved.version());
            saves.incrementAndGet();
        }
    }

    /**
     * Each segment holds its last acknowledged save, or the one save still unanswered at the stop (it
     * may have committed as the connection closed), never one refused with 503.
     */
    private void checkSaves(TarjomanClient app, long jobId) {
        List<Map<String, Object>> segments = app.task(jobId, WriteLoad.LANGUAGE).segments().getList("segments");
        assertThat(segments).as("the job's segments (one page of at most 2,000)").isNotEmpty();
        for (Map<String, Object> segment : segments) {
            long id = ((Number) segment.get("id")).longValue();
            Save now = new Save(((Number) segment.get("version")).longValue(), (String) segment.get("target"));
            Save last = acknowledged.get(id);
            if (last == null) {
                continue;
            }
            assertThat(now).as("segment " + id + ": its last acknowledged save, or the one unanswered")
                    .isIn(last, unanswered.get(id));
            assertThat(now).as("segment " + id + ": a save refused while stopping changed nothing")
                    .isNotEqualTo(refused.get(id));
        }
    }
}
