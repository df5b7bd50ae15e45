package org.tarjoman.api.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tarjoman.api.testing.Identity.manager;
import static org.tarjoman.api.testing.Identity.translator;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.restassured.path.json.JsonPath;

import org.tarjoman.api.testing.TarjomanClient;
import org.tarjoman.api.testing.TestData;

/**
 * A newsroom's data for the backup specs, made through the API: a job of the IRNA article with a saved
 * translation, units in a memory of its own and a glossary term, each carrying this run's {@link #word} so a
 * database kept between runs is read for this run's rows only. {@link #assertStoredIn} finds them all in a
 * database read back from a backup.
 */
record Newsroom(long jobId, String word, String title, String translation, String memory, String unitTarget, String termTarget) {

    private static final TarjomanClient NEWSROOM = new TarjomanClient();
    private static final TarjomanClient MANAGER = NEWSROOM.as(manager("backup-manager"));
    private static final TarjomanClient TRANSLATOR = NEWSROOM.as(translator("backup-translator"));

    static Newsroom made() {
        String word = Long.toString(System.currentTimeMillis(), 36);
        String memory = MANAGER.memories().create("fa-en-backup-" + word, "backup tests", false);
        String title = "Pezeshkian's visit to Moscow " + word;
        long jobId = NEWSROOM.submit(TestData.irnaMoscowVisit()).titled(title).to("en")
                .memories(Map.of("en", Map.of("read", List.of(Map.of("name", memory, "penalty", 0)), "write", memory)))
                .create();
        Newsroom data = new Newsroom(jobId, word, title, "Tehran and Moscow signed " + word + ".", memory,
                "The Foreign Ministry spokesman " + word, "Islamic Consultative Assembly " + word);
        JsonPath segments = TRANSLATOR.task(jobId, "en").segments();
        TRANSLATOR.task(jobId, "en").save(segments.getLong("segments[0].id"), data.translation(), "TRANSLATED",
                segments.getLong("segments[0].version")).then().statusCode(200);
        MANAGER.memory(memory).add("سخنگوی وزارت امور خارجه", data.unitTarget());
        Map<String, Object> term = new HashMap<>();
        term.put("source", "مجلس شورای اسلامی " + word);
        term.put("target", data.termTarget());
        MANAGER.glossary("fa-en").add(term);
        return data;
    }

    /** The job, its saved translation, the memory's unit and the glossary term are all in {@code database}. */
    void assertStoredIn(Connection database) throws SQLException {
        assertThat(count(database, "SELECT COUNT(*) FROM job WHERE title = ?", title)).as("job").isEqualTo(1);
        assertThat(count(database, "SELECT COUNT(*) FROM translation WHERE target = ? AND status = 'TRANSLATED'",
                translation)).as("saved translation").isEqualTo(1);
        assertThat(count(database, "SELECT COUNT(*) FROM tm_unit WHERE target = ?", unitTarget)).as("memory unit")
                .isEqualTo(1);
        assertThat(count(database, "SELECT COUNT(*) FROM glossary_term WHERE target = ?", termTarget))
                .as("glossary term").isEqualTo(1);
    }

    private static long count(Connection database, String sql, String value) throws SQLException {
        try (PreparedStatement statement = database.prepareStatement(sql)) {
            statement.setString(1, value);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
