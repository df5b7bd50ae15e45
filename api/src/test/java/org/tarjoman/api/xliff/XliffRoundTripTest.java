package org.tarjoman.api.xliff;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** A task goes out to a CAT tool as XLIFF, comes back translated, and the article is delivered with its markup. */
@QuarkusTest
class XliffRoundTripTest {

    static final String HTML = "<html><body><h1>سفر پزشکیان به مسکو</h1>"
            + "<p>سفیر ایران گفت: این سفر <b>تاریخی</b> خواهد بود. <a href=\"https://www.irna.ir/news/85716163\">ایرنا</a> گزارش داد.</p>"
            + "</body></html>";
    static final List<List<String>> ENGLISH = List.of(List.of("Pezeshkian's trip to Moscow"),
            List.of("The Iranian ambassador said the trip will be ", "historic", "."), List.of("IRNA", " reported."));
    static final String DELIVERED = "<html lang=\"en\"><body><h1>Pezeshkian's trip to Moscow</h1>"
            + "<p>The Iranian ambassador said the trip will be <b>historic</b>. <a href=\"https://www.irna.ir/news/85716163\">IRNA</a> reported.</p>"
            + "</body></html>";

    @ParameterizedTest
    @ValueSource(strings = {"1.2", "2.1"})
    void shouldImportATranslatedFileAndDeliverTheArticleWithItsMarkup(String version) throws Exception {
        long jobId = htmlJob("rt-" + version.replace('.', '-'));
        String exported = export(jobId, version);
        assertThat(exported).contains("سفیر ایران گفت: این سفر ", "&lt;a href=\"https://www.irna.ir/news/85716163\"&gt;");

        String translated = CatTool.translate(exported, pieces(jobId), version.equals("1.2") ? "translated" : "reviewed");
        JsonPath report = upload(jobId, translated, "reviewer").then().statusCode(200).extract().jsonPath();

        assertThat(report.getInt("counts.updated")).isEqualTo(3);
        assertThat(report.getList("conflicts")).isEmpty();
        JsonPath segments = segments(jobId);
        assertThat(segments.getList("segments.origin", String.class)).containsOnly("IMPORT");
        assertThat(segments.getList("segments.status", String.class)).containsOnly(version.equals("1.2") ? "TRANSLATED" : "REVIEWED");
        assertThat(segments.getString("segments[1].target"))
                .isEqualTo("The Iranian ambassador said the trip will be <g id=\"1\">historic</g>.");
        String delivered = given().get("/api/v1/jobs/" + jobId + "/tasks/en/document").then().statusCode(200)
                .extract().asString();
        assertThat(delivered).isEqualTo(DELIVERED);
        // identical markup, but for the root's lang, which now names the target language
        assertThat(markup(delivered.replaceFirst("<html lang=\"en\">", "<html>"))).isEqualTo(markup(HTML));
    }

    @Test
    void shouldImportAFileWrittenByOkapisXliff2Writer() {
        long jobId = htmlJob("okapi");
        String translated = CatTool.translateWithOkapi(export(jobId, "2.1"), pieces(jobId), "translated");

        upload(jobId, translated, "translator").then().statusCode(200).body("counts.updated", equalTo(3))
                .body("counts.conflicts", equalTo(0));
        assertThat(given().get("/api/v1/jobs/" + jobId + "/tasks/en/document").then().statusCode(200).extract().asString())
                .isEqualTo(DELIVERED);
    }

    @Test
    void shouldExportWithAttachmentNameMediaTypeAndTheTranslationsState() {
        long jobId = htmlJob("names");
        given().get("/api/v1/jobs/" + jobId + "/tasks/en/xliff?version=1.2").then().statusCode(200)
                .contentType(containsString("application/xliff+xml"))
                .header("Content-Disposition", org.hamcrest.Matchers.matchesPattern("attachment; filename=\"names-\\d+_en\\.xlf\""))
                .body(containsString("version=\"1.2\""), containsString("tj:version=\"0\""));
        given().get("/api/v1/jobs/" + jobId + "/tasks/en/xliff").then().statusCode(200)
                .body(containsString("version=\"2.1\""), containsString("<pc id=\"1\""));
        given().get("/api/v1/jobs/" + jobId + "/tasks/en/xliff?version=3").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void shouldReportAConflictForASegmentSavedInTheEditorSinceTheExportUnlessForced() throws Exception {
        long jobId = htmlJob("conflict");
        String exported = export(jobId, "2.1");
        JsonPath segments = segments(jobId);
        long edited = segments.getLong("segments[0].id");
        given().contentType(ContentType.JSON).header("X-Tarjoman-User", "editor-1")
                .body(Map.of("target", "Browser headline", "status", "DRAFT", "version", segments.getLong("segments[0].version")))
                .put("/api/v1/jobs/" + jobId + "/tasks/en/segments/" + edited).then().statusCode(200);
        String translated = CatTool.translate(exported, pieces(jobId), "translated");

        upload(jobId, translated, "translator").then().statusCode(200)
                .body("counts.updated", equalTo(2)).body("counts.conflicts", equalTo(1))
                .body("conflicts[0].unit", equalTo(Long.toString(edited)))
                .body("conflicts[0].currentTarget", equalTo("Browser headline"));
        assertThat(segments(jobId).getString("segments[0].target")).isEqualTo("Browser headline");

        given().contentType("application/xliff+xml").body(translated.getBytes(java.nio.charset.StandardCharsets.UTF_8)).queryParam("force", true)
                .put("/api/v1/jobs/" + jobId + "/tasks/en/xliff").then().statusCode(200)
                .body("counts.updated", equalTo(1)).body("counts.unchanged", equalTo(2));
        assertThat(segments(jobId).getString("segments[0].target")).isEqualTo("Pezeshkian's trip to Moscow");
    }

    @Test
    void shouldAcceptAMultipartUploadAndRejectAnEmptyTranslatedTarget() throws Exception {
        long jobId = htmlJob("multipart");
        Map<String, List<String>> pieces = pieces(jobId);
        String firstId = pieces.keySet().stream().sorted().findFirst().orElseThrow();
        pieces.put(firstId, List.of(""));
        String translated = CatTool.translate(export(jobId, "1.2"), pieces, "translated");

        given().multiPart("file", "task_en.xlf", translated.getBytes(java.nio.charset.StandardCharsets.UTF_8), "application/xml")
                .put("/api/v1/jobs/" + jobId + "/tasks/en/xliff").then().statusCode(200)
                .body("counts.updated", equalTo(2)).body("rejected[0].unit", equalTo(firstId))
                .body("rejected[0].reason", containsString("empty"));
    }

    @Test
    void shouldWriteImportedTranslationsToTheMemoryAndExportTheTaskAsTmx() throws Exception {
        long jobId = htmlJob("tmx");
        upload(jobId, CatTool.translate(export(jobId, "2.1"), pieces(jobId), "translated"), "translator")
                .then().statusCode(200);

        given().queryParam("q", "سفر پزشکیان به مسکو").get("/api/v1/memories/fa-en/matches").then().statusCode(200)
                .body("matches.target", org.hamcrest.Matchers.hasItem("Pezeshkian's trip to Moscow"));
        given().get("/api/v1/jobs/" + jobId + "/tasks/en/tmx").then().statusCode(200)
                .contentType(containsString("application/x-tmx+xml"))
                .header("Content-Disposition", containsString("_en.tmx\""))
                .body(containsString("<seg>Pezeshkian's trip to Moscow</seg>"),
                        containsString("<bpt i=\"1\" type=\"b\">&lt;b&gt;</bpt>historic<ept i=\"1\">&lt;/b&gt;</ept>"));
    }

    /**
     * A job of the sample article with a number of its own in every sentence, so that earlier
     * tests' imports, which went to the memory, do not pre-translate it.
     */
    static long htmlJob(String externalId) {
        String number = Long.toString(System.nanoTime() % 100_000_000).chars()
                .mapToObj(c -> String.valueOf((char) ('۰' + c - '0'))).reduce("", String::concat);
        String html = HTML.replace("مسکو</h1>", "مسکو " + number + "</h1>").replace("بود.", "بود " + number + ".")
                .replace("گزارش", number + " گزارش");
        return given().contentType(ContentType.JSON).body(Map.of("title", "xliff", "externalId", externalId + "-" + System.nanoTime(),
                        "targetLanguages", List.of("en"), "format", "html", "content", html))
                .post("/api/v1/jobs").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static String export(long jobId, String version) {
        return given().get("/api/v1/jobs/" + jobId + "/tasks/en/xliff?version=" + version).then().statusCode(200)
                .extract().asString();
    }

    static io.restassured.response.Response upload(long jobId, String xliff, String role) {
        return given().contentType("application/xliff+xml").header("X-Tarjoman-Role", role).header("X-Tarjoman-User", "cat-1")
                .body(xliff.getBytes(java.nio.charset.StandardCharsets.UTF_8)).put("/api/v1/jobs/" + jobId + "/tasks/en/xliff");
    }

    static JsonPath segments(long jobId) {
        return given().get("/api/v1/jobs/" + jobId + "/tasks/en/segments").then().statusCode(200).extract().jsonPath();
    }

    /** The English text runs per unit id. */
    static Map<String, List<String>> pieces(long jobId) {
        List<Long> ids = segments(jobId).getList("segments.id", Long.class);
        Map<String, List<String>> pieces = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            pieces.put(Long.toString(ids.get(i)), ENGLISH.get(i));
        }
        return pieces;
    }

    /** The document's tags with the text between them left out. */
    static String markup(String html) {
        return html.replaceAll(">[^<]+<", "><").replaceAll("^[^<]+|[^>]+$", "");
    }
}
