package org.tarjoman.api.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.tarjoman.api.testing.Identity.translator;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

import org.junit.jupiter.api.Test;
import org.tarjoman.api.testing.TarjomanClient;
import org.tarjoman.api.testing.TestData;

/** Every refused submission or edit answers a precise problem and leaves no job behind. */
@QuarkusTest
class JobBadInputTest {

    private static final TarjomanClient NEWSROOM = new TarjomanClient();
    private static final TarjomanClient TRANSLATOR = NEWSROOM.as(translator("translator-1"));
    private static final String ARTICLE = "تهران و مسکو موافقت‌نامه را امضا کردند. مذاکرات ادامه دارد.";

    @Test
    void shouldRefuseAnUnsupportedTargetLanguage() {
        refused(request(Map.of("targetLanguages", List.of("en", "de"))), 400, "unsupported-language")
                .body("detail", equalTo("Target language 'de' is not supported; supported: en, ru."));
    }

    @Test
    void shouldRefuseASourceOtherThanPersian() {
        refused(request(Map.of("sourceLanguage", "ar")), 400, "unsupported-language")
                .body("detail", containsString("'ar' is not supported"));
    }

    @Test
    void shouldRefuseAnEmptyArticle() {
        refused(request(Map.of("content", " \n\n ")), 400, "empty-article");
        refused(request(Map.of("content", "<p> </p>", "format", "html")), 400, "empty-article");
    }

    @Test
    void shouldRefuseMissingFields() {
        Map<String, Object> body = new HashMap<>(Map.of("content", ARTICLE));
        refused(NEWSROOM.jobs().create(body).then(), 400, "validation")
                .body("errors.field", equalTo(List.of("targetLanguages", "title")));
    }

    @Test
    void shouldRefuseAMalformedCallbackUrl() {
        refused(request(Map.of("callbackUrl", "ftp://newsroom/hook")), 400, "validation")
                .body("detail", containsString("absolute http or https URL"));
        refused(request(Map.of("callbackUrl", "http://exa mple.com/")), 400, "validation");
    }

    @Test
    void shouldRefuseAnUnsupportedFileType() {
        refused(NEWSROOM.jobs().upload("article.pdf", "%PDF-1.7".getBytes(StandardCharsets.UTF_8), "application/pdf",
                Map.of("targetLanguages", "en")).then(), 400, "unsupported-file")
                .body("detail", containsString("article.pdf"));
    }

    @Test
    void shouldAcceptATextFileUpload() {
        NEWSROOM.jobs().upload("irna.txt", TestData.irnaMoscowVisit().getBytes(StandardCharsets.UTF_8), "text/plain",
                        Map.of("targetLanguages", "en,ru", "title", "IRNA upload"))
                .then().statusCode(201)
                .body("format", equalTo("text")).body("tasks.language", equalTo(List.of("en", "ru")));
    }

    @Test
    void shouldRefuseAnOversizedArticle() {
        byte[] big = new byte[2 * 1024 * 1024 + 10];
        java.util.Arrays.fill(big, (byte) 'a');
        String json = "{\"title\":\"big\",\"targetLanguages\":[\"en\"],\"content\":\"" + new String(big, StandardCharsets.US_ASCII) + "\"}";
        refused(NEWSROOM.jobs().create(json.getBytes(StandardCharsets.UTF_8)).then(), 413, "payload-too-large");
    }

    @Test
    void shouldLeaveNothingBehindWhenCreationFails() {
        long before = total();
        request(Map.of("targetLanguages", List.of("en", "xx")));
        request(Map.of("content", ""));
        assertThat(total()).isEqualTo(before);
    }

    @Test
    void shouldAnswerUnknownJobsTasksAndSegmentsWith404() {
        refused(NEWSROOM.jobs().get(999999).then(), 404, "not-found").body("detail", equalTo("There is no job 999999."));
        long jobId = JobFlowSpec.smallJob();
        refused(NEWSROOM.task(jobId, "ru").getSegments().then(), 404, "not-found")
                .body("detail", containsString("no task for language 'ru'"));
        refused(TRANSLATOR.task(jobId, "en").save(999999, "x", "DRAFT", 0).then(), 404, "not-found")
                .body("detail", containsString("no segment 999999"));
    }

    @Test
    void shouldRefuseDeliveringAnUnfinishedTaskUnlessPartial() {
        long jobId = JobFlowSpec.smallJob();
        refused(NEWSROOM.task(jobId, "en").getDocument().then(), 409, "incomplete")
                .body("untranslated", equalTo(2));
        NEWSROOM.task(jobId, "en").getPartialDocument().then().statusCode(200)
                .body(equalTo(ARTICLE));
    }

    @Test
    void shouldListJobsNewestFirstWithFilters() {
        long first = JobFlowSpec.smallJob();
        long second = JobFlowSpec.smallJob();
        List<Integer> ids = NEWSROOM.jobs().list(Map.of("language", "en", "q", "small", "size", 200)).then().statusCode(200)
                .extract().jsonPath().getList("jobs.id");
        assertThat(ids.indexOf((int) second)).isLessThan(ids.indexOf((int) first));
        refused(NEWSROOM.jobs().list(Map.of("status", "FINISHED")).then(), 400, "bad-request");
    }

    private static long total() {
        return NEWSROOM.jobs().list(Map.of("size", 1)).then().statusCode(200).extract().jsonPath().getLong("total");
    }

    private static ValidatableResponse request(Map<String, Object> overrides) {
        Map<String, Object> body = new HashMap<>(Map.of("title", "refused", "targetLanguages", List.of("en"),
                "content", ARTICLE));
        body.putAll(overrides);
        return NEWSROOM.jobs().create(body).then();
    }

    private static ValidatableResponse refused(ValidatableResponse response, int status, String slug) {
        return response.statusCode(status).contentType("application/problem+json")
                .body("type", equalTo("/problems.html#" + slug))
                .body("detail", org.hamcrest.Matchers.not(containsString("Exception")));
    }
}
