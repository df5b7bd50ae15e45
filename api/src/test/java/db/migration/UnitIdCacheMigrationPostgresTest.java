package db.migration;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.tarjoman.api.testing.PostgresServer;
import org.tarjoman.api.testing.RequiresPostgres;

/** V8 on PostgreSQL leaves the sequence as it was: a cache there is per connection and would disorder ids. */
@RequiresPostgres
class UnitIdCacheMigrationPostgresTest extends UnitIdCacheMigrationSpec {

    private static final String SCHEMA = "v8_migration";

    @Override
    FluentConfiguration flyway() {
        return Flyway.configure().dataSource(PostgresServer.url(), PostgresServer.user(), PostgresServer.password())
                .schemas(SCHEMA).createSchemas(true).locations("classpath:db/migration");
    }

    @Override
    Connection connect() throws SQLException {
        Connection c = DriverManager.getConnection(PostgresServer.url(), PostgresServer.user(), PostgresServer.password());
        try (var s = c.createStatement()) {
            s.execute("SET search_path TO " + SCHEMA);
        }
        return c;
    }

    @Override
    long expectedCache() {
        return 1;
    }

    @Override
    String cacheQuery() {
        return "SELECT seqcache FROM pg_sequence WHERE seqrelid = pg_get_serial_sequence('" + SCHEMA
                + ".tm_unit', 'id')::regclass";
    }
}
