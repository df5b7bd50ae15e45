package org.tarjoman.api.operations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.tarjoman.api.config.TarjomanConfig;
import org.tarjoman.api.persistence.ActiveDatabase;
import org.tarjoman.api.problem.ApiException;
import org.tarjoman.api.problem.ProblemKind;

/**
 * An online backup of the embedded H2 database into {@code <data>/backups}: H2's {@code BACKUP TO} copies the
 * database file into a zip while the node keeps serving, consistent as of one moment (H2 holds the file's
 * pages it copies from changing until the copy is done). Restoring is unzipping it into an empty data folder.
 * PostgreSQL is backed up by its own tools ({@code pg_dump}), which know its files and WAL; see README.
 */
@ApplicationScoped
public class DatabaseBackup {

    /** {@code tarjoman-20261203T073800.123Z.zip}: sorts by time; no colon, which some file systems refuse. */
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private final DataSource database;
    private final ActiveDatabase active;
    private final Path folder;
    private final Clock clock;

    DatabaseBackup(DataSource database, ActiveDatabase active, TarjomanConfig config) {
        this.database = database;
        this.active = active;
        this.folder = Path.of(config.dataPath(), "backups");
        this.clock = Clock.systemUTC();
    }

    /** The backup file written, or a problem on PostgreSQL. */
    public BackupFile backUp() {
        if (active.postgres()) {
            throw new ApiException(ProblemKind.BACKUP_BY_PG_DUMP, "This node runs on PostgreSQL: back it up with "
                    + "pg_dump -Fc and restore with pg_restore, as the README's Backups section shows.");
        }
        try {
            Files.createDirectories(folder);
            Path file = folder.resolve("tarjoman-" + STAMP.format(clock.instant()) + ".zip");
            try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("BACKUP TO '" + file.toString().replace("'", "''") + "'");
            }
            return new BackupFile(file.getFileName().toString(), Files.size(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("H2 could not write the backup", e);
        }
    }

    /** The folder backups are written to. */
    public Path folder() {
        return folder;
    }

    public record BackupFile(String name, long size) {
    }
}
