package org.tarjoman.api.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.tarjoman.api.testing.Identity.translator;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tarjoman.api.testing.TarjomanClient;

/**
 * A TMX import as the desk follows it: a total known from the start, units processed against it, the
 * recent imports listed, and a cancel that keeps nothing. Imports are held open before they commit by a
 * lock on their memory's generation row (as in {@link TmxImportWhileEditingSpec}), so nothing here
 * depends on timing. Memory {@code fa-en-imports}, with sentences no other test uses.
 */
abstract class ImportProgressSpec {

    private static final String MEMORY = "fa-en-imports";
    private static final TarjomanClient NEWSROOM = new TarjomanClient();
    /** Over the tests' 200 KB limit for imports answered at once, and over a few progress reports (every 1,000). */
    private static final int UNITS = 3_000;

    @Inject
    DataSource dataSource;

    @BeforeEach
    void memory() {
        if (NEWSROOM.memories().get(MEMORY).statusCode() == 404) {
            NEWSROOM.memories().create(MEMORY, "Imports followed from the desk", false);
        }
    }

    @Test
    void shouldGiveTheFilesUnitCountAsTotalWhileItRunsAndReachItWhenDone() throws SQLException {
        String location;
        try (Connection held = holdGeneration()) {
            location = startImport("پیشرفت");
            JsonPath running = awaitProcessed(location, 2_000);
            assertThat(running.getString("state")).isEqualTo("RUNNING");
            assertThat(running.getLong("unitsTotal")).isEqualTo(UNITS);
            assertThat(running.getLong("unitsProcessed")).isLessThanOrEqualTo(UNITS);
            assertThat(running.getString("startedBy")).isNotBlank();
            held.rollback();
        }
        JsonPath done = NEWSROOM.memories().awaitImport(location);
        assertThat(done.getString("state")).isEqualTo("DONE");
        assertThat(done.getLong("unitsProcessed")).isEqualTo(UNITS);
        assertThat(done.getLong("unitsTotal")).isEqualTo(UNITS);
        assertThat(done.getLong("added")).isEqualTo(UNITS);
    }

    @Test
    void shouldKeepNothingOfAnImportCancelledWhileItRan() throws SQLException {
        long before = NEWSROOM.memories().units(MEMORY);
        String location;
        try (Connection held = holdGeneration()) {
            location = startImport("لغو");
            awaitProcessed(location, 2_000);
            // every unit is written and in the index; the import waits to commit
            NEWSROOM.memories().cancelImport(id(location)).then().statusCode(200)
                    .body("state", equalTo("CANCELLED"))
                    .body("messages[0]", org.hamcrest.Matchers.containsString("Nothing of this import was kept"));
            held.rollback();
        }
        awaitNoMatch(source(17, "لغو"));
        assertThat(NEWSROOM.memories().getImport(id(location)).jsonPath().getString("state")).isEqualTo("CANCELLED");
        assertThat(NEWSROOM.memories().units(MEMORY)).isEqualTo(before);
        // the background import slot is free again
        assertThat(NEWSROOM.memories().awaitImport(startImport("پس‌از‌لغو")).getString("state")).isEqualTo("DONE");
    }

    @Test
    void shouldNeverRunAnImportCancelledWhileItWaited() throws SQLException {
        String first;
        String queued;
        try (Connection held = holdGeneration()) {
            first = startImport("نخست");
            awaitProcessed(first, 1_000);
            queued = startImport("در‌صف");
            assertThat(NEWSROOM.memories().getImport(id(queued)).jsonPath().getString("state")).isEqualTo("QUEUED");
            NEWSROOM.memories().cancelImport(id(queued)).then().statusCode(200).body("state", equalTo("CANCELLED"));
            held.rollback();
        }
        assertThat(NEWSROOM.memories().awaitImport(first).getString("state")).isEqualTo("DONE");
        JsonPath cancelled = NEWSROOM.memories().getImport(id(queued)).jsonPath();
        assertThat(cancelled.getString("state")).isEqualTo("CANCELLED");
        assertThat(cancelled.getLong("unitsProcessed")).isZero();
        NEWSROOM.memory(MEMORY).getMatches(Map.of("q", source(17, "در‌صف"), "threshold", 100))
                .then().statusCode(200).body("matches.size()", equalTo(0));
    }

    @Test
    void shouldRefuseToCancelAnImportThatHasEnded() {
        String tmx = new Tmx("fa").unit("fa", "واردات کوچک پایان یافت.", "en", "The small import ended.").build();
        String id = NEWSROOM.memory(MEMORY).importTmx(tmx).then().statusCode(200).body("state", equalTo("DONE"))
                .extract().jsonPath().getString("id");

        Response refused = NEWSROOM.memories().cancelImport(id);
        refused.then().statusCode(409).contentType("application/problem+json")
                .body("type", org.hamcrest.Matchers.endsWith("#conflict"))
                .body("state", equalTo("DONE"))
                .body("detail", org.hamcrest.Matchers.containsString("only a queued or running import can be cancelled"));
        assertThat(NEWSROOM.memory(MEMORY).matches("واردات کوچک پایان یافت.").getString("matches[0].target"))
                .isEqualTo("The small import ended.");
    }

    @Test
    void shouldAnswerNotFoundForCancellingAnUnknownImport() {
        NEWSROOM.memories().cancelImport("no-such-import").then().statusCode(404).contentType("application/problem+json")
                .body("type", org.hamcrest.Matchers.endsWith("#not-found"));
    }

    @Test
    void shouldListTheRecentImportsNewestFirstWithWhoStartedThem() {
        String tmx = new Tmx("fa").unit("fa", "فهرست واردات تازه است.", "en", "The list of imports is fresh.").build();
        String older = NEWSROOM.memory(MEMORY).importTmx(tmx).jsonPath().getString("id");
        String newer = NEWSROOM.memory(MEMORY).importTmx(tmx).jsonPath().getString("id");

        JsonPath list = NEWSROOM.memories().imports(Map.of("memory", MEMORY, "limit", 2)).then().statusCode(200)
                .extract().jsonPath();
        assertThat(list.getList("imports.id")).containsExactly(newer, older);
        assertThat(list.getList("imports.memory")).containsOnly(MEMORY);
        assertThat(list.getLong("imports[0].unitsTotal")).isEqualTo(1);
        assertThat(list.getString("imports[0].startedBy")).isNotBlank();
        assertThat(NEWSROOM.memories().imports(Map.of()).jsonPath().getList("imports.id")).contains(newer);
    }

    @Test
    void shouldRefuseABadLimitOrMemoryInTheList() {
        NEWSROOM.memories().imports(Map.of("limit", 0)).then().statusCode(400).contentType("application/problem+json");
        NEWSROOM.memories().imports(Map.of("limit", 101)).then().statusCode(400).contentType("application/problem+json");
        NEWSROOM.memories().imports(Map.of("memory", "xx")).then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void shouldLetATranslatorFollowImportsButNotCancelThem() {
        String tmx = new Tmx("fa").unit("fa", "مترجم فقط می‌خواند.", "en", "The translator only reads.").build();
        String id = NEWSROOM.memory(MEMORY).importTmx(tmx).jsonPath().getString("id");
        TarjomanClient reader = NEWSROOM.as(translator("imports-reader"));

        reader.memories().imports(Map.of("memory", MEMORY)).then().statusCode(200);
        reader.memories().getImport(id).then().statusCode(200);
        reader.memories().cancelImport(id).then().statusCode(403).contentType("application/problem+json");
    }

    /** Locks the memory's row as another transaction would, until the connection is rolled back. */
    private Connection holdGeneration() throws SQLException {
        Connection c = dataSource.getConnection();
        c.setAutoCommit(false);
        try (PreparedStatement lock = c.prepareStatement("UPDATE tm_memory SET generation = generation WHERE name = ?")) {
            lock.setString(1, MEMORY);
            assertThat(lock.executeUpdate()).isEqualTo(1);
        }
        return c;
    }

    private static String startImport(String word) {
        List<String> sources = new ArrayList<>();
        List<String> targets = new ArrayList<>();
        for (int i = 0; i < UNITS; i++) {
            sources.add(source(i, word));
            targets.add("Import report " + word.length() + "-" + i + " on the currency market was published.");
        }
        Response accepted = NEWSROOM.memory(MEMORY).importTmx(new Tmx("fa").units("en", sources, targets).build());
        accepted.then().statusCode(202);
        return accepted.header("Location");
    }

    private static String source(int i, String word) {
        return "گزارش واردات " + word + " شماره " + i + " درباره بازار ارز منتشر شد.";
    }

    /** Waits until the import reports this many units read (its batches are then written, uncommitted). */
    private static JsonPath awaitProcessed(String location, long units) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        JsonPath state = NEWSROOM.memories().getImport(id(location)).jsonPath();
        while (state.getLong("unitsProcessed") < units && Instant.now().isBefore(deadline)) {
            assertThat(state.getString("state")).isIn("QUEUED", "RUNNING");
            pause();
            state = NEWSROOM.memories().getImport(id(location)).jsonPath();
        }
        return state;
    }

    /** The rolled-back import takes its units out of the index right after its transaction ends. */
    private static void awaitNoMatch(String source) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (NEWSROOM.memory(MEMORY).getMatches(Map.of("q", source, "threshold", 100)).jsonPath()
                .getList("matches").size() > 0) {
            assertThat(Instant.now()).as("the cancelled import's units are still matched").isBefore(deadline);
            pause();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String id(String location) {
        return location.substring(location.lastIndexOf('/') + 1);
    }
}
