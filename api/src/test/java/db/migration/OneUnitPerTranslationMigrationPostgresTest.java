package db.migration;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.tarjoman.api.testing.PostgresServer;
import org.tarjoman.api.testing.RequiresPostgres;

/** The V6 migration on PostgreSQL, in a schema of its own beside the app tests' tables. */
@RequiresPostgres
class OneUnitPerTranslationMigrationPostgresTest extends OneUnitPerTranslationMigrationSpec {

    private static final String SCHEMA = "v6_migration";

    @Override
    FluentConfiguration flyway() {
        return Flyway.configure().dataSource(PostgresServer.url(), PostgresServer.user(), PostgresServer.password())
                .schemas(SCHEMA).createSchemas(true).locations("classpath:db/migration");
    }

    @Override
    Connection connect() throws SQLException {
        Connection c = DriverManager.getConnection(PostgresServer.url(), PostgresServer.user(), PostgresServer.password());
        run(c, "SET search_path TO " + SCHEMA);
        return c;
    }
}
