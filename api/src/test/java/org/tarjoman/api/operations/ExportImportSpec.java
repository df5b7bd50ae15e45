package org.tarjoman.api.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.tarjoman.api.testing.Identity.admin;
import static org.tarjoman.api.testing.Identity.manager;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import io.restassured.path.json.JsonPath;

import org.junit.jupiter.api.Test;
import org.tarjoman.api.testing.TarjomanClient;

/**
 * An admin's export of everything, read back: the zip holds the jobs with their translations, each memory
 * as TMX, each glossary as TBX and the accounts without hashes; imported into the instance emptied of them, it
 * brings back the same jobs, segments, translations, units and terms. A file that is not an export, or an
 * instance that is not empty, is refused with problem+json and nothing changes. On H2
 * ({@link ExportImportTest}) and PostgreSQL ({@link ExportImportPostgresTest}), each an instance of its own.
 */
abstract class ExportImportSpec {

    private static final TarjomanClient NEWSROOM = new TarjomanClient();
    private static final TarjomanClient ADMIN = NEWSROOM.as(admin("export-admin"));
    private static final String ZIP = "application/zip";

    @Inject
    DataSource database;

    @Test
    void shouldExportEverythingAndImportItBackIntoTheEmptiedInstance() throws Exception {
        Newsroom data = Newsroom.made();
        JsonPath segmentsBefore = NEWSROOM.task(data.jobId(), "en").segments();
        long units = ADMIN.memories().units(data.memory()); // the added unit, and the saved translation if it wrote one

        byte[] export = ADMIN.request().get("/api/v1/admin/export").then().statusCode(200).contentType(ZIP)
                .extract().asByteArray();
        Map<String, String> entries = entries(export);
        assertThat(entries).containsKeys("manifest.json", "jobs.json", "memories.json", "accounts.json",
                "memories/" + data.memory() + ".tmx", "glossaries/fa-en.tbx");
        assertThat(entries.get("jobs.json")).contains(data.title(), data.translation());
        assertThat(entries.get("memories/" + data.memory() + ".tmx")).contains(data.unitTarget());
        assertThat(entries.get("glossaries/fa-en.tbx")).contains(data.termTarget());
        assertThat(entries.get("accounts.json")).contains("export-admin").doesNotContainIgnoringCase("hash")
                .doesNotContain("$argon2").doesNotContain("$2a$");

        ADMIN.request().contentType(ZIP).body(export).post("/api/v1/admin/import").then().statusCode(409)
                .contentType("application/problem+json").body("type", containsString("not-empty"));

        empty(data);
        assertThat(NEWSROOM.task(data.jobId(), "en").getSegments().statusCode()).isEqualTo(404);

        ADMIN.request().contentType(ZIP).body(export).post("/api/v1/admin/import").then().statusCode(200)
                .body("jobs", equalTo(1)).body("units", equalTo((int) units)).body("glossaryTerms", equalTo(1));

        JsonPath segmentsAfter = NEWSROOM.task(data.jobId(), "en").segments();
        assertThat(segmentsAfter.getList("segments")).isEqualTo(segmentsBefore.getList("segments"));
        assertThat(ADMIN.memories().units(data.memory())).isEqualTo(units);
        assertThat(ADMIN.memory(data.memory()).add("سخنگوی وزارت امور خارجه", data.unitTarget() + " again"))
                .as("a new unit after the restored ones").isPositive();
        ADMIN.glossary("fa-en").list(Map.of("q", "مجلس شورای اسلامی " + data.word())).then().statusCode(200)
                .body("terms[0].target", equalTo(data.termTarget()));
        ADMIN.request().queryParam("size", 50).get("/api/v1/audit").then().statusCode(200)
                .body("entries.action", org.hamcrest.Matchers.hasItems("DATA_EXPORTED", "DATA_IMPORTED"));
    }

    @Test
    void shouldRefuseABodyThatIsNotAZip() {
        ADMIN.request().contentType(ZIP).body("جواب نیست".getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/admin/import").then().statusCode(400).contentType("application/problem+json")
                .body("type", containsString("invalid-export")).body("detail", containsString("not a zip"));
    }

    @Test
    void shouldRefuseAZipWithoutTheExportsEntries() throws IOException {
        ADMIN.request().contentType(ZIP).body(zip(Map.of("notes.txt", "hello"))).post("/api/v1/admin/import").then()
                .statusCode(400).contentType("application/problem+json").body("detail", containsString("manifest.json"));
    }

    @Test
    void shouldRefuseAZipOfAnotherFormat() throws IOException {
        ADMIN.request().contentType(ZIP).body(zip(Map.of("manifest.json", "{\"format\":\"other\",\"version\":1}")))
                .post("/api/v1/admin/import").then().statusCode(400).contentType("application/problem+json")
                .body("type", containsString("invalid-export"));
    }

    @Test
    void shouldRefuseAFileOverTheUploadLimit() {
        // the test profiles set tarjoman.memory.max-import-size to 8M
        ADMIN.request().contentType(ZIP).body(new byte[9 * 1024 * 1024]).post("/api/v1/admin/import").then()
                .statusCode(413).contentType("application/problem+json")
                .body("type", containsString("payload-too-large")).body("limit", equalTo("tarjoman.memory.max-import-size"));
    }

    @Test
    void shouldRefuseAnExportToAManager() {
        NEWSROOM.as(manager("export-manager")).request().get("/api/v1/admin/export").then().statusCode(403);
    }

    /** Removes the job, the memory's units (through the API, so the match index forgets them) and the term. */
    private void empty(Newsroom data) throws SQLException {
        ADMIN.request().queryParam("all", true).delete("/api/v1/memories/" + data.memory() + "/units").then()
                .statusCode(200);
        long term = ADMIN.glossary("fa-en").list(Map.of("q", "مجلس شورای اسلامی " + data.word())).jsonPath()
                .getLong("terms[0].id");
        ADMIN.glossary("fa-en").delete(term).then().statusCode(204);
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            for (String table : List.of("mt_item", "translation_history", "translation", "task_round", "task",
                    "job_segment", "job")) {
                statement.executeUpdate("DELETE FROM " + table);
            }
        }
    }

    private static Map<String, String> entries(byte[] zip) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                entries.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return entries;
    }

    private static byte[] zip(Map<String, String> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (var entry : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(entry.getKey()));
                out.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
            }
        }
        return bytes.toByteArray();
    }
}
