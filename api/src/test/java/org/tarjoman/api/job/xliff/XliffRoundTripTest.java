package org.tarjoman.api.job.xliff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.tarjoman.api.testing.Identity.manager;
import static org.tarjoman.api.testing.Identity.reviewer;
import static org.tarjoman.api.testing.Identity.translator;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tarjoman.api.testing.TarjomanClient;
import org.tarjoman.api.testing.TaskClient;

/** A task goes out to a CAT tool as XLIFF, comes back translated, and the article is delivered with its markup. */
@QuarkusTest
class XliffRoundTripTest {

    static final TarjomanClient NEWSROOM = new TarjomanClient();
    /** A CAT tool sending back a translator's or a reviewer's file. */
    static final TarjomanClient CAT_TRANSLATOR = NEWSROOM.as(translator("cat-1"));
    static final TarjomanClient CAT_REVIEWER = NEWSROOM.as(reviewer("cat-1"));

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
        String exported = english(jobId).xliff(version);
        assertThat(exported).contains("سفیر ایران گفت: این سفر ", "&lt;a href=\"https://www.irna.ir/news/85716163\"&gt;");

        String translated = CatTool.translate(exported, pieces(jobId), version.equals("1.2") ? "translated" : "reviewed");
        JsonPath report = CAT_REVIEWER.task(jobId, "en").importXliff(translated).then().statusCode(200).extract().jsonPath();

        assertThat(report.getInt("counts.updated")).isEqualTo(3);
        assertThat(report.getList("conflicts")).isEmpty();
        JsonPath segments = english(jobId).segments();
        assertThat(segments.getList("segments.origin", String.class)).containsOnly("IMPORT");
        assertThat(segments.getList("segments.status", String.class)).containsOnly(version.equals("1.2") ? "TRANSLATED" : "REVIEWED");
        assertThat(segments.getString("segments[1].target"))
                .isEqualTo("The Iranian ambassador said the trip will be <g id=\"1\">historic</g>.");
        String delivered = english(jobId).getDocument().then().statusCode(200).extract().asString();
        assertThat(delivered).isEqualTo(DELIVERED);
        // identical markup, but for the root's lang, which now names the target language
        assertThat(markup(delivered.replaceFirst("<html lang=\"en\">", "<html>"))).isEqualTo(markup(HTML));
    }

    @Test
    void shouldImportAFileWrittenByOkapisXliff2Writer() {
        long jobId = htmlJob("okapi");
        String translated = CatTool.translateWithOkapi(english(jobId).xliff("2.1"), pieces(jobId), "translated");

        CAT_TRANSLATOR.task(jobId, "en").importXliff(translated).then().statusCode(200).body("counts.updated", equalTo(3))
                .body("counts.conflicts", equalTo(0));
        assertThat(english(jobId).getDocument().then().statusCode(200).extract().asString())
                .isEqualTo(DELIVERED);
    }

    @Test
    void shouldExportWithAttachmentNameMediaTypeAndTheTranslationsState() {
        long jobId = htmlJob("names");
        TaskClient task = english(jobId);
        task.getXliff("1.2").then().statusCode(200)
                .contentType(containsString("application/xliff+xml"))
                .header("Content-Disposition", org.hamcrest.Matchers.matchesPattern("attachment; filename=\"names-\\d+_en\\.xlf\""))
                .body(containsString("version=\"1.2\""), containsString("tj:version=\"0\""));
        task.getXliff(null).then().statusCode(200)
                .body(containsString("version=\"2.1\""), containsString("<pc id=\"1\""));
        task.getXliff("3").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void shouldReportAConflictForASegmentSavedInTheEditorSinceTheExportUnlessForced() throws Exception {
        long jobId = htmlJob("conflict");
        String exported = english(jobId).xliff("2.1");
        JsonPath segments = english(jobId).segments();
        long edited = segments.getLong("segments[0].id");
        NEWSROOM.as(manager("editor-1")).task(jobId, "en")
                .save(edited, "Browser headline", "DRAFT", segments.getLong("segments[0].version")).then().statusCode(200);
        String translated = CatTool.translate(exported, pieces(jobId), "translated");

        CAT_TRANSLATOR.task(jobId, "en").importXliff(translated).then().statusCode(200)
                .body("counts.updated", equalTo(2)).body("counts.conflicts", equalTo(1))
                .body("conflicts[0].unit", equalTo(Long.toString(edited)))
                .body("conflicts[0].currentTarget", equalTo("Browser headline"));
        assertThat(english(jobId).segments().getString("segments[0].target")).isEqualTo("Browser headline");

        english(jobId).importXliffForced(translated).then().statusCode(200)
                .body("counts.updated", equalTo(1)).body("counts.unchanged", equalTo(2));
        assertThat(english(jobId).segments().getString("segments[0].target")).isEqualTo("Pezeshkian's trip to Moscow");
    }

    @Test
    void shouldAcceptAMultipartUploadAndRejectAnEmptyTranslatedTarget() throws Exception {
        long jobId = htmlJob("multipart");
        Map<String, List<String>> pieces = pieces(jobId);
        String firstId = pieces.keySet().stream().sorted().findFirst().orElseThrow();
        pieces.put(firstId, List.of(""));
        String translated = CatTool.translate(english(jobId).xliff("1.2"), pieces, "translated");

        english(jobId).uploadXliff("task_en.xlf", translated, "application/xml").then().statusCode(200)
                .body("counts.updated", equalTo(2)).body("rejected[0].unit", equalTo(firstId))
                .body("rejected[0].reason", containsString("empty"));
    }

    @Test
    void shouldWriteImportedTranslationsToTheMemoryAndExportTheTaskAsTmx() throws Exception {
        long jobId = htmlJob("tmx");
        CAT_TRANSLATOR.task(jobId, "en").importXliff(CatTool.translate(english(jobId).xliff("2.1"), pieces(jobId), "translated"))
                .then().statusCode(200);

        NEWSROOM.memory("fa-en").getMatches(Map.of("q", "سفر پزشکیان به مسکو")).then().statusCode(200)
                .body("matches.target", org.hamcrest.Matchers.hasItem("Pezeshkian's trip to Moscow"));
        english(jobId).getTmx().then().statusCode(200)
                .contentType(containsString("application/x-tmx+xml"))
                .header("Content-Disposition", containsString("_en.tmx\""))
                .body(containsString("<seg>Pezeshkian's trip to Moscow</seg>"),
                        containsString("<bpt i=\"1\" type=\"b\">&lt;b&gt;</bpt>historic<ept i=\"1\">&lt;/b&gt;</ept>"));
    }

    /**
     * A job of the sample article with a number of its own in every sentence, so that earlier
     * tests' imports, which went to the memory, do not pre-translate it.
     */
    @Test
    void shouldReportTheQaFindingsOfEachImportedUnit() throws Exception {
        long jobId = htmlJob("rt-qa");
        String exported = english(jobId).xliff("2.1");
        // every source carries a number the English pieces leave out
        String translated = CatTool.translate(exported, pieces(jobId), "translated");

        JsonPath report = CAT_TRANSLATOR.task(jobId, "en").importXliff(translated).then().statusCode(200).extract().jsonPath();

        List<String> units = english(jobId).segments().getList("segments.id", Long.class).stream().map(String::valueOf).toList();
        assertThat(report.getList("findings.unit", String.class)).containsExactlyElementsOf(units);
        for (int i = 0; i < units.size(); i++) {
            assertThat(report.getList("findings[" + i + "].findings.code", String.class)).contains("NUMBER_MISSING");
        }
        assertThat(report.getInt("findings[0].line")).isPositive();
        assertThat(report.getInt("findings[0].findings[0].segmentId")).isEqualTo(Integer.parseInt(units.get(0)));
        assertThat(report.getInt("counts.errors")).isEqualTo(3);
    }

    static long htmlJob(String externalId) {
        String number = Long.toString(System.nanoTime() % 100_000_000).chars()
                .mapToObj(c -> String.valueOf((char) ('۰' + c - '0'))).reduce("", String::concat);
        String html = HTML.replace("مسکو</h1>", "مسکو " + number + "</h1>").replace("بود.", "بود " + number + ".")
                .replace("گزارش", number + " گزارش");
        return NEWSROOM.submit(html).titled("xliff").externalId(externalId + "-" + System.nanoTime()).to("en").format("html")
                .create();
    }

    /** The job's English task, as the newsroom sees it. */
    static TaskClient english(long jobId) {
        return NEWSROOM.task(jobId, "en");
    }

    /** The English text runs per unit id. */
    static Map<String, List<String>> pieces(long jobId) {
        List<Long> ids = english(jobId).segments().getList("segments.id", Long.class);
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
