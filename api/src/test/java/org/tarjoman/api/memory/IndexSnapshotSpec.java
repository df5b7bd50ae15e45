package org.tarjoman.api.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.inject.Inject;
import javax.sql.DataSource;

import io.quarkus.narayana.jta.QuarkusTransaction;

import org.junit.jupiter.api.Test;
import org.tarjoman.api.testing.MemoryClient;
import org.tarjoman.api.testing.TarjomanClient;
import org.tarjoman.api.testing.TestData;
import org.tarjoman.memory.MatchQuery;
import org.tarjoman.memory.MemoryName;
import org.tarjoman.memory.TranslationMemory;

/**
 * A node restarted on its memory index snapshot answers as the node that wrote it, with the units
 * written in the database after the snapshot (added, corrected, deleted) applied; a snapshot of an
 * older generation (a bulk import since) or a corrupt one is not used, so the memory is loaded in
 * full. "Restarted" is a fresh index brought up as a start brings it up ({@link MemoryIndexes#restored}).
 * Each test fills a memory of its own with NTREX fa-en units through the API. On whichever database
 * the concrete class runs (H2 in {@link IndexSnapshotTest}, PostgreSQL in {@link IndexSnapshotPostgresTest}).
 */
abstract class IndexSnapshotSpec {

    private static final TarjomanClient NEWSROOM = new TarjomanClient();
    private static final int UNITS = 30;

    @Inject
    MemoryIndexes indexes;
    @Inject
    IndexSnapshots snapshots;
    @Inject
    UnitRepository units;
    @Inject
    DataSource dataSource;

    @Test
    void shouldWriteASnapshotOnceAMemoryIsLoadedInFull() throws InterruptedException {
        MemoryName name = filledMemory().name;

        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!Files.exists(snapshots.file(name)) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(snapshots.file(name)).exists();
    }

    @Test
    void shouldAnswerTheSameMatchesAfterARestartOnTheSnapshot() {
        Filled filled = filledMemory();
        assertThat(indexes.writeSnapshot(filled.name, indexes.completeBefore())).isTrue();

        TranslationMemory restarted = restart(filled.name);

        assertThat(restarted).isNotNull();
        assertSameAnswers(filled, restarted);
    }

    @Test
    void shouldApplyUnitsAddedCorrectedAndDeletedInTheDatabaseAfterTheSnapshot() {
        Filled filled = filledMemory();
        assertThat(indexes.writeSnapshot(filled.name, indexes.completeBefore())).isTrue();
        String added = "سخنگوی وزارت امور خارجه روز دوشنبه در نشست خبری هفتگی به پرسش‌های خبرنگاران پاسخ داد.";
        filled.sources.add(added);
        long addedId = filled.client.add(added, "The foreign ministry spokesman answered reporters' questions on Monday.");
        String corrected = filled.sources.get(1);
        long correctedId = unitId(filled, corrected);
        filled.client.putUnit(correctedId, Map.of("source", corrected, "target", "A corrected translation."))
                .then().statusCode(200);
        long deletedId = unitId(filled, filled.sources.get(2));
        filled.client.deleteUnit(deletedId).then().statusCode(204);

        TranslationMemory restarted = restart(filled.name);

        assertThat(restarted).isNotNull();
        assertThat(restarted.size()).isEqualTo(UNITS);
        assertThat(restarted.findDuplicate(added,
                "The foreign ministry spokesman answered reporters' questions on Monday.")).contains(addedId);
        assertThat(restarted.findDuplicate(corrected, "A corrected translation.")).contains(correctedId);
        assertThat(restarted.targetConcordance("corrected translation", 5)).extracting(h -> h.unit().id())
                .containsExactly(correctedId);
        assertThat(restarted.concordance(filled.sources.get(2), 5)).doesNotContain(deletedId);
        assertSameAnswers(filled, restarted);
    }

    @Test
    void shouldNotUseASnapshotOfAnOlderGeneration() {
        Filled filled = filledMemory();
        assertThat(indexes.writeSnapshot(filled.name, indexes.completeBefore())).isTrue();
        QuarkusTransaction.requiringNew().call(() -> units.bumpGeneration(filled.name));

        assertThat(restart(filled.name)).as("a bulk import since: loaded in full").isNull();
    }

    @Test
    void shouldNotUseASnapshotOfOtherUnitsOfTheSameNumber() {
        Filled filled = filledMemory();
        assertThat(indexes.writeSnapshot(filled.name, indexes.completeBefore())).isTrue();
        // Another set of the same size that no write since the snapshot shows (a database restored from
        // elsewhere): one unit gone without a trace, one in its place that looks older than the snapshot.
        long gone = unitId(filled, filled.sources.get(0));
        long other = filled.client.add("سخنگوی دولت روز سه‌شنبه در نشست خبری هفتگی از برنامه‌های تازه دولت گفت.",
                "The government spokesman spoke of the government's new plans at the weekly news conference on Tuesday.");
        QuarkusTransaction.requiringNew().run(() -> {
            try (Connection connection = dataSource.getConnection();
                 Statement statement = connection.createStatement()) {
                statement.executeUpdate("DELETE FROM tm_unit WHERE id = " + gone);
                statement.executeUpdate("UPDATE tm_unit SET written_at = TIMESTAMP WITH TIME ZONE '2001-01-01 00:00:00+00'"
                        + " WHERE id = " + other);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });

        assertThat(restart(filled.name)).as("the same count, other units: loaded in full").isNull();
    }

    @Test
    void shouldNotUseACorruptSnapshot() throws IOException {
        Filled filled = filledMemory();
        assertThat(indexes.writeSnapshot(filled.name, indexes.completeBefore())).isTrue();
        Path file = snapshots.file(filled.name);
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 0x10;
        Files.write(file, bytes);

        assertThat(restart(filled.name)).as("loaded in full").isNull();
    }

    /** A memory of its own with {@link #UNITS} NTREX units, added through the API. */
    private Filled filledMemory() {
        MemoryName name = MemoryName.parse("fa-en-snap" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36));
        NEWSROOM.memories().create(Map.of("name", name.value())).then().statusCode(201);
        MemoryClient client = NEWSROOM.memory(name.value());
        List<String> persian = TestData.ntrexPersian();
        List<String> english = TestData.ntrexEnglish();
        List<String> sources = new ArrayList<>();
        for (int i = 0; sources.size() < UNITS; i++) {
            if (!persian.get(i).isBlank() && !english.get(i).isBlank()) {
                client.add(persian.get(i), english.get(i));
                sources.add(persian.get(i));
            }
        }
        return new Filled(name, client, sources);
    }

    /** The memory's index as a start brings it up from the snapshot, or null when the start would load it in full. */
    private TranslationMemory restart(MemoryName name) {
        long generation = QuarkusTransaction.requiringNew().call(() -> units.generations().get(name));
        TranslationMemory fresh = new TranslationMemory(name.pair(), units.of(name));
        return indexes.restored(name, fresh, generation) ? fresh : null;
    }

    private void assertSameAnswers(Filled filled, TranslationMemory restarted) {
        TranslationMemory running = indexes.find(filled.name).orElseThrow();
        assertThat(restarted.size()).isEqualTo(running.size());
        for (String source : filled.sources) {
            for (MatchQuery query : List.of(new MatchQuery(source, null, null, 100, 5),
                    new MatchQuery(source.substring(0, source.length() * 3 / 4), null, null, 60, 5))) {
                assertThat(restarted.match(query)).as(query.source()).isEqualTo(running.match(query));
            }
            String phrase = source.split(" ")[0];
            assertThat(restarted.concordance(phrase, 10)).as(phrase).isEqualTo(running.concordance(phrase, 10));
        }
    }

    private long unitId(Filled filled, String source) {
        return indexes.find(filled.name).orElseThrow().match(new MatchQuery(source, null, null, 100, 1)).get(0).unit().id();
    }

    private record Filled(MemoryName name, MemoryClient client, List<String> sources) {
    }
}
