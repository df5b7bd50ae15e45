package org.tarjoman.api.platform;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

import org.tarjoman.api.memory.Tmx;
import org.tarjoman.api.testing.Identity;
import org.tarjoman.api.testing.Markup;
import org.tarjoman.api.testing.TarjomanClient;
import org.tarjoman.api.testing.TestData;

/**
 * Concurrent writes of the three kinds a crash must not lose, until {@link #stop()}: translators
 * saving segments of one job (each worker its own segments, so no save is stale), a newsroom adding
 * memory units one by one, and small TMX imports. Every 2xx answer goes into the round's
 * {@link Acknowledged}.
 */
final class WriteLoad {

    static final String LANGUAGE = "en";
    static final String UNIT_MEMORY = "fa-en";
    static final String IMPORT_MEMORY = "fa-ru";

    private static final int SAVERS = 3;
    private static final int UNIT_WRITERS = 2;
    private static final int IMPORTERS = 1;
    private static final int UNITS_PER_IMPORT = 2;
    /** A bound on each worker, far above what a few seconds allow. */
    private static final int MAX_REQUESTS = 100_000;

    private static final List<String> PERSIAN = TestData.ntrexPersian();
    /** As tagged text: a few English sentences hold "&". */
    private static final List<String> ENGLISH = TestData.ntrexEnglish().stream().map(Markup::escape).toList();
    private static final List<String> RUSSIAN = TestData.ntrexRussian();
    /** Unique texts across rounds and restarts, so each unit and import is told apart from every other. */
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final TarjomanClient app;
    private final long jobId;
    private final Acknowledged acknowledged;
    private final List<Thread> workers = new ArrayList<>();
    private final Queue<Failure> failures = new ConcurrentLinkedQueue<>();
    private volatile boolean stopped;

    private record Failure(String worker, long at, Throwable error) {
    }

    private WriteLoad(TarjomanClient app, long jobId, Acknowledged acknowledged) {
        this.app = app;
        this.jobId = jobId;
        this.acknowledged = acknowledged;
    }

    /**
     * Submits the job the translators work on (NTREX news sentences, a paragraph each) and answers its
     * id; makes both memories with a first unit, so the load is made of writes, not memory creation.
     */
    static long prepare(TarjomanClient app, int sentences) {
        app.memory(UNIT_MEMORY).add(Markup.escape(PERSIAN.get(0)), ENGLISH.get(0));
        app.memory(IMPORT_MEMORY).importTmx(new Tmx("fa").unit("fa", PERSIAN.get(0), "ru", RUSSIAN.get(0)).build())
                .then().statusCode(200);
        return app.submit(String.join("\n\n", PERSIAN.subList(0, sentences))).titled("crash recovery")
                .externalId("crash-recovery").to(LANGUAGE).create();
    }

    /** Starts the workers on the segments' current versions. */
    static WriteLoad start(TarjomanClient app, long jobId, Acknowledged acknowledged) {
        WriteLoad load = new WriteLoad(app, jobId, acknowledged);
        JsonPath segments = app.task(jobId, LANGUAGE).segments();
        List<Map<String, Object>> all = segments.getList("segments");
        for (int w = 0; w < SAVERS; w++) {
            Map<Long, Long> mine = new HashMap<>();
            for (int i = w; i < all.size(); i += SAVERS) {
                mine.put(((Number) all.get(i).get("id")).longValue(), ((Number) all.get(i).get("version")).longValue());
            }
            load.run("saver-" + w, () -> load.save(mine));
        }
        for (int w = 0; w < UNIT_WRITERS; w++) {
            load.run("unit-writer-" + w, load::addUnits);
        }
        for (int w = 0; w < IMPORTERS; w++) {
            load.run("importer-" + w, load::importTmx);
        }
        return load;
    }

    /**
     * Ends the workers (after a kill their requests fail at once) and fails on any answer that was
     * neither 2xx nor cut off by the kill, or on a request cut off before it.
     */
    void stop(long killedAt) throws InterruptedException {
        stopped = true;
        for (Thread worker : workers) {
            worker.join();
        }
        for (Failure failure : failures) {
            if (failure.error() instanceof AssertionError || failure.at() < killedAt) {
                throw new AssertionError(failure.worker() + " failed before the kill", failure.error());
            }
        }
    }

    private void save(Map<Long, Long> versions) {
        TarjomanClient translator = app.as(Identity.translator("crash-test"));
        List<Long> segments = new ArrayList<>(versions.keySet());
        for (int n = 0; n < MAX_REQUESTS && !stopped && !segments.isEmpty(); n++) {
            long segmentId = segments.get(n % segments.size());
            int sentence = SEQUENCE.incrementAndGet();
            String target = "Draft " + sentence + ": " + ENGLISH.get(sentence % ENGLISH.size());
            long version = versions.get(segmentId);
            acknowledged.sending(segmentId, new Acknowledged.Save(version + 1, target));
            Response answer = translator.task(jobId, LANGUAGE).save(segmentId, target, "DRAFT", version);
            if (answer.statusCode() != 200) {
                throw new AssertionError("save refused: " + answer.statusCode() + " " + answer.asString());
            }
            long saved = answer.jsonPath().getLong("version");
            acknowledged.saved(segmentId, new Acknowledged.Save(saved, answer.jsonPath().getString("target")));
            versions.put(segmentId, saved);
        }
    }

    private void addUnits() {
        for (int n = 0; n < MAX_REQUESTS && !stopped; n++) {
            int k = SEQUENCE.incrementAndGet();
            String source = Markup.escape(PERSIAN.get(k % PERSIAN.size()));
            String target = ENGLISH.get(k % ENGLISH.size()) + " #" + k;
            Response answer = app.memory(UNIT_MEMORY).addUnit(Map.of("source", source, "target", target));
            if (answer.statusCode() != 201) {
                throw new AssertionError("unit refused: " + answer.statusCode() + " " + answer.asString());
            }
            acknowledged.added(new Acknowledged.Unit(answer.jsonPath().getLong("id"), source, target));
        }
    }

    private void importTmx() {
        for (int n = 0; n < MAX_REQUESTS && !stopped; n++) {
            Tmx tmx = new Tmx("fa");
            List<Acknowledged.Unit> units = new ArrayList<>();
            for (int u = 0; u < UNITS_PER_IMPORT; u++) {
                int k = SEQUENCE.incrementAndGet();
                Acknowledged.Unit unit = new Acknowledged.Unit(0, PERSIAN.get(k % PERSIAN.size()),
                        RUSSIAN.get(k % RUSSIAN.size()) + " #" + k);
                tmx.unit("fa", unit.source(), "ru", unit.target());
                units.add(unit);
            }
            Response answer = app.memory(IMPORT_MEMORY).importTmx(tmx.build());
            if (answer.statusCode() != 200) {
                throw new AssertionError("import refused: " + answer.statusCode() + " " + answer.asString());
            }
            acknowledged.imported(units);
        }
    }

    /** A worker ends at its first failed request: normally the one the kill cut off. */
    private void run(String name, Runnable work) {
        Thread worker = new Thread(() -> {
            try {
                work.run();
            } catch (Throwable e) { // RestAssured throws the checked ConnectException undeclared
                failures.add(new Failure(name, System.nanoTime(), e));
            }
        }, "crash-load-" + name);
        workers.add(worker);
        worker.start();
    }
}
