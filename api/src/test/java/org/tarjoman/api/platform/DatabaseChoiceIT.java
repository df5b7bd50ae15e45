package org.tarjoman.api.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tarjoman.api.testing.PackagedApp;
import org.tarjoman.api.testing.PostgresServer;
import org.tarjoman.api.testing.RequiresPostgres;

/**
 * One packaged build, two databases: the same jar keeps its data in an H2 file by default and in
 * PostgreSQL when started with {@code TARJOMAN_DB=postgresql} and {@code TARJOMAN_DB_URL}, as the
 * README tells an operator, with no rebuild.
 */
@RequiresPostgres
class DatabaseChoiceIT {

    private static final String SOURCE = "سخنگوی وزارت امور خارجه روز دوشنبه در نشست خبری هفتگی سخن گفت.";
    private static final String TARGET = "The Foreign Ministry spokesman spoke at his weekly news conference on Monday.";

    @Test
    void shouldKeepTheDataInAnH2FileByDefault() throws Exception {
        Path data = Files.createTempDirectory(work(), "h2-");
        try (PackagedApp app = PackagedApp.start(data, data.getFileName() + ".log")) {
            app.client().memory("fa-en").add(SOURCE, TARGET);
        }
        assertThat(data.resolve("tarjoman.mv.db")).isRegularFile();
    }

    @Test
    void shouldKeepTheDataInPostgresWhenTheOperatorChoosesIt() throws Exception {
        Path data = Files.createTempDirectory(work(), "pg-");
        Map<String, String> postgres = Map.of("TARJOMAN_DB", "postgresql", "TARJOMAN_DB_URL", PostgresServer.url(),
                "TARJOMAN_DB_USERNAME", PostgresServer.user(), "TARJOMAN_DB_PASSWORD", PostgresServer.password());
        long unit;
        try (PackagedApp app = PackagedApp.start(data, data.getFileName() + ".log", postgres)) {
            unit = app.client().memory("fa-en").add(SOURCE, TARGET);
        }

        assertThat(data.resolve("tarjoman.mv.db")).doesNotExist();
        try (Connection c = DriverManager.getConnection(PostgresServer.url(), PostgresServer.user(), PostgresServer.password());
             PreparedStatement read = c.prepareStatement("SELECT source, target FROM tm_unit WHERE id = ?")) {
            read.setLong(1, unit);
            try (ResultSet row = read.executeQuery()) {
                assertThat(row.next()).isTrue();
                assertThat(row.getString("source")).isEqualTo(SOURCE);
                assertThat(row.getString("target")).isEqualTo(TARGET);
            }
        }
    }

    private static Path work() throws Exception {
        return Files.createDirectories(Path.of("target", "database-choice"));
    }
}
