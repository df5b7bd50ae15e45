package db.migration;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/** V8 on an in-memory H2 database: 10,000 ids cached. */
class UnitIdCacheMigrationTest extends UnitIdCacheMigrationSpec {

    private static final String URL = "jdbc:h2:mem:v8-migration;DB_CLOSE_DELAY=-1";

    @Override
    FluentConfiguration flyway() {
        return Flyway.configure().dataSource(URL, "sa", "").locations("classpath:db/migration");
    }

    @Override
    Connection connect() throws SQLException {
        return DriverManager.getConnection(URL, "sa", "");
    }

    @Override
    long expectedCache() {
        return V8__unit_ids_cached_on_h2.CACHED_IDS;
    }

    @Override
    String cacheQuery() {
        return "SELECT IDENTITY_CACHE FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_NAME = 'TM_UNIT' AND COLUMN_NAME = 'ID'";
    }
}
