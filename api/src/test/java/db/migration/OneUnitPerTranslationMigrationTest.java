package db.migration;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/** The V6 migration on an in-memory H2 database. */
class OneUnitPerTranslationMigrationTest extends OneUnitPerTranslationMigrationSpec {

    private static final String URL = "jdbc:h2:mem:v6-migration;DB_CLOSE_DELAY=-1";

    @Override
    FluentConfiguration flyway() {
        return Flyway.configure().dataSource(URL, "sa", "").locations("classpath:db/migration");
    }

    @Override
    Connection connect() throws SQLException {
        return DriverManager.getConnection(URL, "sa", "");
    }
}
