package db.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The V8 migration: how many unit ids the database hands out between two records of the identity's mark. */
abstract class UnitIdCacheMigrationSpec {

    /** A Flyway configuration of an empty database (or schema) of the test's own. */
    abstract FluentConfiguration flyway();

    /** A connection to that database, with the migrated tables in its path. */
    abstract Connection connect() throws SQLException;

    /** The ids this database caches after V8. */
    abstract long expectedCache();

    /** The cache of {@code tm_unit.id}'s identity, as the database reports it. */
    abstract String cacheQuery();

    @BeforeEach
    void migrate() {
        Flyway flyway = flyway().cleanDisabled(false).target("8").load();
        flyway.clean();
        flyway.migrate();
    }

    @Test
    void shouldCacheUnitIdsAsTheDatabaseAffords() throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(cacheQuery())) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getLong(1)).isEqualTo(expectedCache());
        }
    }

    @Test
    void shouldStillHandOutAscendingIdsToUnitsOfOneMemory() throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO tm_memory (name, source_lang, target_lang, generation, created_at) "
                    + "VALUES ('fa-en', 'fa', 'en', 0, CURRENT_TIMESTAMP)");
            long previous = 0;
            for (String source : new String[] {"سلام", "خبرگزاری‌ها گزارش دادند.", "به گزارش ایرنا،"}) {
                s.executeUpdate("INSERT INTO tm_unit (memory, source, target, source_key, target_key, created_at, "
                        + "changed_at, usage_count, written_at, content_hash) VALUES ('fa-en', '" + source
                        + "', 'x', '" + source + "', 'x', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1, CURRENT_TIMESTAMP, '"
                        + source.hashCode() + "')");
                try (ResultSet rs = s.executeQuery("SELECT MAX(id) FROM tm_unit")) {
                    rs.next();
                    assertThat(rs.getLong(1)).isGreaterThan(previous);
                    previous = rs.getLong(1);
                }
            }
        }
    }
}
