package org.tarjoman.api.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

import org.junit.jupiter.api.Test;
import org.tarjoman.api.testing.TarjomanClient;
import org.tarjoman.api.testing.TaskClient;
import org.tarjoman.api.testing.TestData;
import org.tarjoman.api.testing.WordFile;

/**
 * Submit and deliver from the desk: Word articles, what a resubmission changed, the bilingual review
 * document and the TMX of a task, with their bad input, on whichever database the concrete class runs
 * (H2 in {@link DeskDeliveryTest}, PostgreSQL in {@link DeskDeliveryPostgresTest}).
 */
abstract class DeskDeliverySpec {

    private static final TarjomanClient NEWSROOM = new TarjomanClient();
    private static final String HEADLINE = "جلالی: سفر پزشکیان به مسکو، تاریخی خواهد بود";

    @Test
    void shouldCreateAJobFromAWordFileWithTheSameSegmentsAsTheText() {
        String externalId = unique("irna-docx");

        Response created = NEWSROOM.jobs().upload("irna-moscow-visit-fa.docx", TestData.irnaMoscowVisitDocx(),
                WordFile.MEDIA_TYPE, Map.of("targetLanguages", "en,ru", "externalId", externalId,
                        "title", "Pezeshkian's visit to Moscow (Word)"));

        created.then().statusCode(201).body("format", equalTo("text")).body("externalId", equalTo(externalId));
        long fromWord = created.jsonPath().getLong("id");
        long fromText = NEWSROOM.submit(TestData.irnaMoscowVisit()).titled("Pezeshkian's visit to Moscow").to("en").create();
        assertThat(sources(fromWord)).isNotEmpty().containsExactlyElementsOf(sources(fromText)).contains(HEADLINE);
    }

    @Test
    void shouldPreviewTheSegmentationOfAWordFile() {
        NEWSROOM.request().contentType(WordFile.MEDIA_TYPE).body(TestData.irnaMoscowVisitDocx())
                .post("/api/v1/segmentation").then().statusCode(200)
                .body("blocks[0].segments[0].text", equalTo(HEADLINE));
    }

    @Test
    void shouldRefuseAFileThatIsNotWordAndCreateNothing() {
        String externalId = unique("not-docx");

        NEWSROOM.jobs().upload("article.docx", TestData.irnaMoscowVisit().getBytes(StandardCharsets.UTF_8),
                        WordFile.MEDIA_TYPE, Map.of("targetLanguages", "en", "externalId", externalId))
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("/problems.html#invalid-docx"))
                .body("detail", containsString("not a zip"));
        assertNoJob(externalId);
    }

    @Test
    void shouldRefuseAWordFileWithMacros() {
        String externalId = unique("macro-docx");
        byte[] macros = WordFile.withPart(TestData.irnaMoscowVisitDocx(), "word/vbaProject.bin", new byte[]{1, 2, 3});

        NEWSROOM.jobs().upload("article.docx", macros, WordFile.MEDIA_TYPE,
                        Map.of("targetLanguages", "en", "externalId", externalId))
                .then().statusCode(400).body("type", equalTo("/problems.html#invalid-docx"))
                .body("detail", containsString("macros"));
        assertNoJob(externalId);
    }

    @Test
    void shouldRefuseAZipBombWith413() {
        String externalId = unique("bomb-docx");
        byte[] bomb = WordFile.withPart(TestData.irnaMoscowVisitDocx(), "word/media/image1.bin", new byte[16 * 1024 * 1024]);

        NEWSROOM.jobs().upload("article.docx", bomb, WordFile.MEDIA_TYPE,
                        Map.of("targetLanguages", "en", "externalId", externalId))
                .then().statusCode(413).body("type", equalTo("/problems.html#payload-too-large"))
                .body("detail", containsString("zip bomb"));
        assertNoJob(externalId);
    }

    @Test
    void shouldRefuseAFileOfAnotherKind() {
        NEWSROOM.jobs().upload("article.pdf", new byte[]{'%', 'P', 'D', 'F'}, "application/pdf", Map.of("targetLanguages", "en"))
                .then().statusCode(400).body("type", equalTo("/problems.html#unsupported-file"))
                .body("detail", containsString(".docx"));
    }

    @Test
    void shouldListWhatAResubmissionChanged() {
        String externalId = unique("irna-changes");
        String first = TestData.irnaMoscowVisit();
        String second = first.replaceFirst("تاریخی خواهد بود", "بسیار مهم خواهد بود")
                + "\n\nاین سفر روز جمعه آغاز می\u200cشود.\n";
        long one = NEWSROOM.submit(first).titled("Visit").externalId(externalId).to("en").create();
        long two = NEWSROOM.submit(second).titled("Visit").externalId(externalId).to("en").create();

        JsonPath changes = NEWSROOM.jobs().changes(two).then().statusCode(200).extract().jsonPath();

        assertThat(changes.getLong("previousJobId")).isEqualTo(one);
        assertThat(changes.getInt("revision")).isEqualTo(2);
        assertThat(changes.getInt("changed")).isEqualTo(1);
        assertThat(changes.getInt("added")).isEqualTo(1);
        assertThat(changes.getInt("removed")).isZero();
        assertThat(changes.getInt("unchanged")).isEqualTo(sources(one).size() - 1);
        assertThat(changes.getList("changes.type")).containsExactly("changed", "added");
        assertThat(changes.getString("changes[0].before[0].source")).isEqualTo(HEADLINE);
        assertThat(changes.getString("changes[0].after[0].source")).isEqualTo("جلالی: سفر پزشکیان به مسکو، بسیار مهم خواهد بود");
        assertThat(changes.getString("changes[1].after[0].source")).isEqualTo("این سفر روز جمعه آغاز می\u200cشود.");
    }

    @Test
    void shouldAnswerAFirstRevisionWithNoChanges() {
        long job = NEWSROOM.submit(TestData.irnaMoscowVisit()).titled("Visit").to("en").create();

        NEWSROOM.jobs().changes(job).then().statusCode(200)
                .body("revision", equalTo(1)).body("changes.size()", equalTo(0))
                .body("$", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("previousJobId")));
    }

    @Test
    void shouldAnswerTheChangesOfAnUnknownJobWith404() {
        NEWSROOM.jobs().changes(999_999_999L).then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("/problems.html#not-found"));
    }

    @Test
    void shouldDeliverABilingualReviewDocumentThatPrintsAndOpensInWord() {
        long job = NEWSROOM.submit(TestData.irnaMoscowVisit()).titled("Visit <script>alert(1)</script>")
                .externalId(unique("irna-review")).to("en").create();
        TaskClient english = NEWSROOM.task(job, "en");
        TaskClient.Segment headline = english.segmentWithSource(HEADLINE);
        english.save(headline.id(), "Jalali: Pezeshkian's visit to Moscow will be historic", "DRAFT", headline.version())
                .then().statusCode(200);

        Response review = english.getReviewDocument();

        review.then().statusCode(200).contentType(startsWith("text/html"))
                .header("Content-Disposition", org.hamcrest.Matchers.matchesPattern("attachment; filename=\"irna-review-[^\"]*-r1-en-review\\.html\""));
        String html = review.asString();
        assertThat(html).contains("<td class=\"text source fa\" lang=\"fa\" dir=\"rtl\">" + HEADLINE + "</td>")
                .contains("Jalali: Pezeshkian's visit to Moscow will be historic</td><td class=\"status\">draft</td>")
                .contains("@media print", "page-break-inside: avoid", "<th scope=\"col\">Comments</th>", "(not translated)")
                .contains("Visit &lt;script&gt;alert(1)&lt;/script&gt;")
                .doesNotContain("<script", "<link", "src=");
    }

    @Test
    void shouldAnswerTheReviewDocumentOfAnUnknownTaskWith404() {
        long job = NEWSROOM.submit(TestData.irnaMoscowVisit()).titled("Visit").to("en").create();

        NEWSROOM.task(job, "ru").getReviewDocument().then().statusCode(404).contentType("application/problem+json");
        NEWSROOM.task(999_999_999L, "en").getReviewDocument().then().statusCode(404);
    }

    @Test
    void shouldDownloadTheConfirmedUnitsOfATaskAsTmx() {
        TaskClient english = NEWSROOM.task(IrnaJobs.inEnglishWithAnEmptyMemory(NEWSROOM, "fa-en-desk"), "en");
        TaskClient.Segment headline = english.segmentWithSource(HEADLINE);
        english.save(headline.id(), "Jalali: Pezeshkian's visit to Moscow will be historic", "TRANSLATED",
                headline.version()).then().statusCode(200);

        Response tmx = english.getTmx();

        tmx.then().statusCode(200).contentType(startsWith("application/x-tmx+xml"))
                .header("Content-Disposition", containsString(".tmx"));
        assertThat(tmx.asString()).contains("<seg>" + HEADLINE + "</seg>")
                .contains("<seg>Jalali: Pezeshkian's visit to Moscow will be historic</seg>");
        assertThat(tmx.asString().split("<tu[ >]", -1)).as("only the confirmed unit").hasSize(2);
    }

    private static List<String> sources(long job) {
        return NEWSROOM.task(job, "en").segments().getList("segments.source");
    }

    private static void assertNoJob(String externalId) {
        NEWSROOM.jobs().list(Map.of("q", externalId)).then().statusCode(200).body("total", equalTo(0));
    }

    private static String unique(String prefix) {
        return prefix + "-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
    }
}
