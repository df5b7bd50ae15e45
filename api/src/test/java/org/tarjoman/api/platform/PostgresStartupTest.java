package org.tarjoman.api.platform;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import org.junit.jupiter.api.Test;
import org.tarjoman.api.testing.PostgresProfile;
import org.tarjoman.api.testing.RequiresPostgres;
import org.tarjoman.api.testing.TarjomanClient;

/** The same application on PostgreSQL: the Flyway migrations run there too and health sees the server. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
@RequiresPostgres
class PostgresStartupTest {

    private static final TarjomanClient CLIENT = new TarjomanClient();

    @Inject
    DataSource dataSource;

    @Test
    void shouldMigrateThePostgresSchemaWithFlyway() throws SQLException {
        try (Connection c = dataSource.getConnection();
             ResultSet rs = c.createStatement().executeQuery(
                     "SELECT COUNT(*) FROM flyway_schema_history WHERE success = TRUE")) {
            assertThat(c.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
            rs.next();
            assertThat(rs.getInt(1)).isPositive();
        }
    }

    @Test
    void shouldReportTheServerHealthy() {
        CLIENT.get("/q/health").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"));
    }
}
