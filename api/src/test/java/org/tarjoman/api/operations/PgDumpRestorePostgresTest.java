package org.tarjoman.api.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.tarjoman.api.testing.Identity.admin;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tarjoman.api.testing.ExternalService;
import org.tarjoman.api.testing.PostgresProfile;
import org.tarjoman.api.testing.PostgresServer;
import org.tarjoman.api.testing.RequiresPostgres;
import org.tarjoman.api.testing.TarjomanClient;

/**
 * The README's PostgreSQL backup, run as written: {@code pg_dump -Fc} of the test database while the app runs,
 * {@code pg_restore} into a second database ({@code TARJOMAN_TEST_PG_RESTORE_DB}, default
 * {@code tarjoman_test_restore}, which {@code .ci/run} creates), and the data made before the dump read back
 * from it. The app itself refuses to back up PostgreSQL, naming pg_dump.
 */
@QuarkusTest
@TestProfile(PostgresProfile.class)
@RequiresPostgres
class PgDumpRestorePostgresTest {

    private static final TarjomanClient ADMIN = new TarjomanClient().as(admin("backup-admin"));

    @BeforeAll
    static void needsTheClientTools() {
        boolean present = onPath("pg_dump") && onPath("pg_restore");
        if (!present && ExternalService.required()) {
            throw new IllegalStateException("pg_dump is not installed; external services are required");
        }
        Assumptions.assumeTrue(present, "SKIPPED: pg_dump is not installed (apt-get install postgresql-client)");
    }

    @Test
    void shouldRestoreAPgDumpWithTheDataMadeBeforeIt(@TempDir Path folder) throws Exception {
        Newsroom data = Newsroom.made();
        Path dump = folder.resolve("tarjoman.dump");

        run("pg_dump", "-Fc", "-f", dump.toString(), database());
        run("pg_restore", "--clean", "--if-exists", "--no-owner", "-d", restoreDatabase(), dump.toString());

        try (Connection restored = DriverManager.getConnection(restoreUrl(), PostgresServer.user(),
                PostgresServer.password())) {
            data.assertStoredIn(restored);
        }
    }

    @Test
    void shouldAnswerThatPostgresIsBackedUpWithPgDump() {
        ADMIN.request().post("/api/v1/admin/backup").then().statusCode(409).contentType("application/problem+json")
                .body("type", containsString("backup-by-pg-dump")).body("detail", containsString("pg_dump -Fc"));
    }

    /** The test database as pg_dump's connection string ({@code postgresql://user@host:port/name}). */
    private static String database() {
        return connectionString(PostgresServer.url());
    }

    private static String restoreDatabase() {
        return connectionString(restoreUrl());
    }

    private static String restoreUrl() {
        String name = System.getProperty("tarjoman.test.pg.restore-db", System.getenv()
                .getOrDefault("TARJOMAN_TEST_PG_RESTORE_DB", "tarjoman_test_restore"));
        String url = PostgresServer.url();
        int query = url.indexOf('?');
        String base = query < 0 ? url : url.substring(0, query);
        return base.substring(0, base.lastIndexOf('/') + 1) + name + (query < 0 ? "" : url.substring(query));
    }

    private static String connectionString(String jdbcUrl) {
        URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
        int port = uri.getPort() < 0 ? 5432 : uri.getPort();
        return "postgresql://" + PostgresServer.user() + "@" + uri.getHost() + ":" + port + uri.getPath();
    }

    private static void run(String... command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("PGPASSWORD", PostgresServer.password());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as(String.join(" ", command) + " finished").isTrue();
        assertThat(process.exitValue()).as(String.join(" ", command) + ": " + output).isZero();
    }

    private static boolean onPath(String tool) {
        return List.of(System.getenv().getOrDefault("PATH", "").split(":")).stream().anyMatch(folder -> !folder.isEmpty() && Files.isExecutable(Path.of(folder, tool)));
    }
}
