package org.tarjoman.api.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.tarjoman.api.testing.Identity.admin;
import static org.tarjoman.api.testing.Identity.manager;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tarjoman.api.testing.TarjomanClient;

/**
 * An admin's online backup of the embedded H2 database: the zip H2's {@code BACKUP TO} writes holds a database
 * that H2 opens on its own, read-only, with the jobs, translations, units and terms made before it.
 */
@QuarkusTest
class H2BackupTest {

    private static final TarjomanClient ADMIN = new TarjomanClient().as(admin("backup-admin"));
    /** Where {@code %test.tarjoman.data-dir} puts the data folder, relative to the module. */
    private static final Path BACKUPS = Path.of("target/test-data/backups");

    @Test
    void shouldWriteABackupThatH2OpensWithTheDataMadeBeforeIt(@TempDir Path restored) throws Exception {
        Newsroom data = Newsroom.made();

        JsonPath file = ADMIN.request().post("/api/v1/admin/backup").then().statusCode(201)
                .body("name", matchesPattern("tarjoman-\\d{8}T\\d{6}\\.\\d{3}Z\\.zip")).body("size", greaterThan(0))
                .extract().jsonPath();
        Path zip = BACKUPS.resolve(file.getString("name"));
        assertThat(zip).exists().hasSize(file.getLong("size"));

        List<String> entries = unzip(zip, restored);
        assertThat(entries).contains("tarjoman.mv.db");
        try (Connection database = DriverManager.getConnection("jdbc:h2:file:" + restored.resolve("tarjoman")
                + ";ACCESS_MODE_DATA=r;IFEXISTS=TRUE", "tarjoman", "tarjoman")) {
            data.assertStoredIn(database);
        }
    }

    @Test
    void shouldAuditWhoMadeTheBackup() {
        String name = ADMIN.request().post("/api/v1/admin/backup").then().statusCode(201).extract().path("name");

        ADMIN.request().queryParam("size", 500).get("/api/v1/audit").then().statusCode(200)
                .body("entries.findAll { it.action == 'BACKUP_MADE' }.target", hasItem("backup " + name))
                .body("entries.find { it.target == 'backup " + name + "' }.actor", equalTo("backup-admin"));
    }

    @Test
    void shouldRefuseABackupToAManager() {
        new TarjomanClient().as(manager("backup-manager")).request().post("/api/v1/admin/backup").then()
                .statusCode(403).contentType("application/problem+json");
    }

    private static List<String> unzip(Path zip, Path folder) throws IOException {
        List<String> names = new ArrayList<>();
        try (InputStream in = Files.newInputStream(zip); ZipInputStream entries = new ZipInputStream(in)) {
            for (ZipEntry entry; (entry = entries.getNextEntry()) != null; ) {
                names.add(entry.getName());
                Path target = folder.resolve(entry.getName()).normalize();
                assertThat(target.startsWith(folder)).as(entry.getName() + " inside the folder").isTrue();
                Files.createDirectories(target.getParent());
                Files.copy(entries, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return names;
    }
}
