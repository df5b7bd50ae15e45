package db.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tarjoman.memory.ContentHash;

/**
 * The V6 migration on a database that older versions filled with duplicate units: the schema is
 * migrated to V4, rows are inserted as those versions wrote them (no hash, usage count 0, one row
 * per confirmation), then Flyway runs V6.
 */
abstract class OneUnitPerTranslationMigrationSpec {

    private static final String IRNA = "به گزارش ایرنا، رئیس‌جمهور امروز به مسکو سفر کرد.";
    private static final String IRNA_EN = "According to IRNA, the president travelled to Moscow today.";

    /** A Flyway configuration of an empty database (or schema) of the test's own. */
    abstract FluentConfiguration flyway();

    /** A connection to that database, with the migrated tables in its path. */
    abstract Connection connect() throws SQLException;

    @BeforeEach
    void migrateToV4() {
        Flyway flyway = flyway().cleanDisabled(false).target("4").load();
        flyway.clean();
        flyway.migrate();
    }

    @Test
    void shouldMergeDuplicatesIntoTheirNewestUnitCountingEveryConfirmation() throws SQLException {
        memory("fa-en");
        memory("fa-ru");
        long ali = oldUnit("fa-en", IRNA, IRNA_EN, "ali", "2024-01-01T08:00:00Z", false);
        long sara = oldUnit("fa-en", IRNA, IRNA_EN, "sara", "2024-02-01T08:00:00Z", false);
        long reza = oldUnit("fa-en", IRNA, IRNA_EN, "reza", "2024-03-01T08:00:00Z", false);
        long alternative = oldUnit("fa-en", IRNA, "IRNA reports the president went to Moscow today.", "sara",
                "2024-01-15T08:00:00Z", false);
        long otherMemory = oldUnit("fa-ru", IRNA, IRNA_EN, "ali", "2024-01-01T08:00:00Z", false);

        migrateToV6();

        assertThat(unit(reza)).isEqualTo(new Row(false, 3, "reza", "2024-01-01T08:00Z", ContentHash.of(IRNA, IRNA_EN)));
        assertThat(unit(ali)).isEqualTo(new Row(true, 1, "ali", "2024-01-01T08:00Z", null));
        assertThat(unit(sara)).isEqualTo(new Row(true, 1, "sara", "2024-02-01T08:00Z", null));
        assertThat(unit(alternative).usageCount()).isEqualTo(1);
        assertThat(unit(alternative).deleted()).isFalse();
        assertThat(unit(otherMemory)).as("another memory keeps its own unit")
                .isEqualTo(new Row(false, 1, "ali", "2024-01-01T08:00Z", ContentHash.of(IRNA, IRNA_EN)));
        assertThat(generation("fa-en")).as("nodes still on the old version reload it").isEqualTo(1);
        assertThat(generation("fa-ru")).isZero();
    }

    @Test
    void shouldNotCountATombstoneIntoTheLiveUnitOfItsTranslation() throws SQLException {
        memory("fa-en");
        long live = oldUnit("fa-en", IRNA, IRNA_EN, "ali", "2024-01-01T08:00:00Z", false);
        long deleted = oldUnit("fa-en", IRNA, IRNA_EN, "sara", "2024-05-01T08:00:00Z", true);

        migrateToV6();

        assertThat(unit(live)).isEqualTo(new Row(false, 1, "ali", "2024-01-01T08:00Z", ContentHash.of(IRNA, IRNA_EN)));
        assertThat(unit(deleted).deleted()).isTrue();
        assertThat(unit(deleted).hash()).isNull();
    }

    @Test
    void shouldRefuseASecondRowOfOneTranslationAfterwards() throws SQLException {
        memory("fa-en");
        oldUnit("fa-en", IRNA, IRNA_EN, "ali", "2024-01-01T08:00:00Z", false);
        migrateToV6();

        assertThatThrownBy(() -> {
            long id = oldUnit("fa-en", IRNA, IRNA_EN, "sara", "2024-02-01T08:00:00Z", false);
            try (Connection c = connect(); PreparedStatement hash = c.prepareStatement(
                    "UPDATE tm_unit SET content_hash = ? WHERE id = ?")) {
                hash.setString(1, ContentHash.of(IRNA, IRNA_EN));
                hash.setLong(2, id);
                hash.executeUpdate();
            }
        }).isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("23505"));
    }

    /** The column naming a unit's memory: "pair" up to V4, renamed by V5. */
    private String memoryColumn = "pair";

    private void migrateToV6() {
        flyway().target("6").load().migrate();
        memoryColumn = V6__one_unit_per_translation.MEMORY;
    }

    /** What the migration decides about a row. */
    record Row(boolean deleted, int usageCount, String author, String createdAt, String hash) {
    }

    private Row unit(long id) throws SQLException {
        try (Connection c = connect(); PreparedStatement ps = c.prepareStatement(
                "SELECT deleted, usage_count, author, created_at, content_hash FROM tm_unit WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).isTrue();
                return new Row(rs.getBoolean(1), rs.getInt(2), rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class).toInstant().atOffset(java.time.ZoneOffset.UTC).toString(),
                        rs.getString(5));
            }
        }
    }

    private long generation(String memory) throws SQLException {
        try (Connection c = connect(); PreparedStatement ps = c.prepareStatement(
                "SELECT generation FROM tm_memory WHERE name = ?")) {
            ps.setString(1, memory);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    // The rows as V4 has them (the memory column is still "pair" there), or as a later write would.
    private void memory(String pair) throws SQLException {
        try (Connection c = connect(); PreparedStatement ps = c.prepareStatement(
                "INSERT INTO tm_memory (pair, generation, created_at) VALUES (?, 0, CURRENT_TIMESTAMP)")) {
            ps.setString(1, pair);
            ps.executeUpdate();
        }
    }

    private long oldUnit(String pair, String source, String target, String author, String at, boolean deleted)
            throws SQLException {
        try (Connection c = connect(); PreparedStatement ps = c.prepareStatement("INSERT INTO tm_unit (" + memoryColumn + ", source, "
                + "target, source_key, target_key, origin, author, created_at, changed_at, usage_count, deleted, written_at) "
                + "VALUES (?, ?, ?, ?, ?, 'job:1', ?, ?, ?, 0, ?, ?)", new String[] {"id"})) {
            OffsetDateTime time = OffsetDateTime.parse(at);
            ps.setString(1, pair);
            ps.setString(2, source);
            ps.setString(3, target);
            ps.setString(4, source);
            ps.setString(5, target);
            ps.setString(6, author);
            ps.setObject(7, time);
            ps.setObject(8, time);
            ps.setBoolean(9, deleted);
            ps.setObject(10, time);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    static void run(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
