package org.tarjoman.api.memory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import org.flywaydb.core.Flyway;

/**
 * A database as the release before named memories left it, made before the app starts: migrated up to
 * V4 only, with the memory {@code fa-en} and its units and an import into {@code fa-ru} (a memory that
 * had no row of its own). The app then migrates it to V5 at start, as an upgrade would.
 */
public class LegacyMemories implements QuarkusTestResourceLifecycleManager {

    static final String SOURCE = "سفیر ایران در روسیه گفت: روابط دو کشور راهبردی است.";
    static final String TARGET = "Iran's ambassador to Russia said relations between the two countries are strategic.";
    static final String OTHER_SOURCE = "نشست خبری فردا در تهران برگزار می‌شود.";
    static final String OTHER_TARGET = "The news conference will be held in Tehran tomorrow.";
    static final String IMPORT_ID = "legacy-import-into-fa-ru";

    private String url;
    private String user;
    private String password;

    @Override
    public void init(Map<String, String> args) {
        url = args.get("url");
        user = args.get("user");
        password = args.get("password");
    }

    @Override
    public Map<String, String> start() {
        if (url.startsWith("jdbc:h2:file:")) {
            deleteFolder(Path.of(url.substring("jdbc:h2:file:".length()).split(";")[0]).getParent());
        }
        Flyway flyway = Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration")
                .target("4").cleanDisabled(false).load();
        flyway.clean();
        flyway.migrate();
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            try (PreparedStatement memory = c.prepareStatement(
                    "INSERT INTO tm_memory (pair, generation, created_at) VALUES ('fa-en', 0, ?)")) {
                memory.setObject(1, now);
                memory.executeUpdate();
            }
            try (PreparedStatement unit = c.prepareStatement("INSERT INTO tm_unit (pair, source, target, source_key, "
                    + "target_key, origin, author, created_at, changed_at, usage_count, deleted, written_at) "
                    + "VALUES ('fa-en', ?, ?, ?, ?, 'job:1', 'sara', ?, ?, 0, FALSE, ?)")) {
                for (String[] pair : new String[][] {{SOURCE, TARGET}, {OTHER_SOURCE, OTHER_TARGET}}) {
                    unit.setString(1, pair[0]);
                    unit.setString(2, pair[1]);
                    unit.setString(3, pair[0]);
                    unit.setString(4, pair[1].toLowerCase());
                    unit.setObject(5, now);
                    unit.setObject(6, now);
                    unit.setObject(7, now);
                    unit.executeUpdate();
                }
            }
            try (PreparedStatement imported = c.prepareStatement("INSERT INTO tm_import (id, pair, file_name, state, "
                    + "units_processed, added, created_at, finished_at) VALUES (?, 'fa-ru', 'old.tmx', 'DONE', 0, 0, ?, ?)")) {
                imported.setString(1, IMPORT_ID);
                imported.setObject(2, now);
                imported.setObject(3, now);
                imported.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not write the V4 data", e);
        }
        return Map.of();
    }

    @Override
    public void stop() {
    }

    private static void deleteFolder(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (var files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
