package org.tarjoman.api.job;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

import org.junit.jupiter.api.Test;
import org.tarjoman.api.Samples;

/**
 * The whole life of an article through REST, as a newsroom system and its translators drive it, on
 * whichever database the concrete class runs (H2 in {@link JobFlowTest}, PostgreSQL in
 * {@link JobFlowPostgresTest}).
 */
abstract class JobFlowSpec {

    private static final String HEADLINE = "جلالی: سفر پزشکیان به مسکو، تاریخی خواهد بود";
    private static final String SUBHEADING = "رویکردهای مشترک ایران و روسیه";
    private static final String SECRET = "test-secret";

    @Test
    void shouldTakeAnArticleFromSubmissionToSignedDeliveryAndKeepTranslationsAcrossRevisions() throws Exception {
        String article = Samples.irnaMoscowVisit();
        String externalId = "irna-" + System.nanoTime();
        seedMemory("fa-en", HEADLINE, "Jalali: Pezeshkian's visit to Moscow will be historic");
        seedMemory("fa-en", SUBHEADING, "Common approaches of Iran and Russia");
        seedMemory("fa-ru", SUBHEADING, "Общие подходы Ирана и России");

        try (WebhookReceiver newsroom = new WebhookReceiver()) {
            Response created = given().contentType(ContentType.JSON)
                    .body(Map.of("title", "Pezeshkian's visit to Moscow", "externalId", externalId,
                            "sourceLanguage", "fa", "targetLanguages", List.of("en", "ru"), "format", "text",
                            "content", article, "callbackUrl", newsroom.url()))
                    .post("/api/v1/jobs");
            created.then().statusCode(201).header("Location", containsString("/api/v1/jobs/"))
                    .body("status", equalTo("OPEN")).body("tasks.language", equalTo(List.of("en", "ru")));
            long jobId = created.jsonPath().getLong("id");
            int words = created.jsonPath().getInt("words");
            assertThat(created.jsonPath().getInt("tasks[0].analysis.total")).isEqualTo(words);
            assertThat(created.jsonPath().getInt("tasks[0].analysis.exact")).isEqualTo(8 + 5);
            assertThat(created.jsonPath().getInt("tasks[1].analysis.exact")).isEqualTo(5);

            JsonPath english = segments(jobId, "en");
            assertThat(english.getString("segments[0].source")).isEqualTo(HEADLINE);
            assertThat(english.getString("segments[0].status")).isEqualTo("DRAFT");
            assertThat(english.getString("segments[0].origin")).isEqualTo("TM");
            assertThat(english.getString("segments[0].target")).isEqualTo("Jalali: Pezeshkian's visit to Moscow will be historic");

            given().contentType(ContentType.JSON).body(Map.of("title", "again", "externalId", externalId,
                            "targetLanguages", List.of("en", "ru"), "content", article))
                    .post("/api/v1/jobs").then().statusCode(200).body("id", equalTo((int) jobId));

            for (String language : List.of("en", "ru")) {
                translateAndReview(jobId, language);
            }

            given().get("/api/v1/jobs/" + jobId).then().statusCode(200).body("status", equalTo("DONE"))
                    .body("tasks.status", equalTo(List.of("DONE", "DONE")))
                    .body("tasks[0].progress.reviewed", equalTo(english.getList("segments").size()));
            List<WebhookReceiver.Delivery> events = awaitDeliveries(newsroom, 3);
            assertThat(events).extracting(d -> d.header("X-Tarjoman-Event"))
                    .containsExactlyInAnyOrder("task.done", "task.done", "job.done");
            for (WebhookReceiver.Delivery event : events) {
                assertThat(event.header("X-Tarjoman-Signature")).isEqualTo("sha256=" + hmac(event.body()));
                JsonPath payload = JsonPath.from(event.body());
                assertThat(payload.getLong("jobId")).isEqualTo(jobId);
                assertThat(payload.getString("externalId")).isEqualTo(externalId);
            }

            String delivered = given().get("/api/v1/jobs/" + jobId + "/tasks/en/document").then().statusCode(200)
                    .contentType(containsString("text/plain"))
                    .header("Content-Disposition", containsString(externalId + "_en.txt"))
                    .extract().asString();
            assertThat(delivered.strip()).startsWith("EN 0: ").doesNotContain("سفیر");
            assertThat(delivered.split("\n\n", -1)).hasSameSizeAs(article.split("\n\n", -1));
            given().get("/api/v1/jobs/" + jobId + "/tasks/ru/document").then().statusCode(200)
                    .body(containsString("RU 1: "));

            String edited = article.replace("آمار نهایی تجارت دو کشور در این سال هنوز", "آمار نهایی تجارت دو کشور هنوز");
            Response revision = given().contentType(ContentType.JSON).body(Map.of("title", "Pezeshkian's visit, updated",
                    "externalId", externalId, "targetLanguages", List.of("en", "ru"), "content", edited)).post("/api/v1/jobs");
            revision.then().statusCode(201).body("revision", equalTo(2)).body("supersedes", equalTo((int) jobId));
            JsonPath revised = segments(revision.jsonPath().getLong("id"), "en");
            List<String> statuses = revised.getList("segments.status");
            assertThat(statuses.stream().filter("REVIEWED"::equals).count()).isEqualTo(statuses.size() - 1);
            assertThat(revised.getString("segments[0].target")).isEqualTo("EN 0: " + HEADLINE.length());
        }
    }

    @Test
    void shouldDeliverHtmlWithItsMarkupRestored() {
        String html = "<html><body><h1>سفر پزشکیان به مسکو</h1>"
                + "<p>سفیر ایران گفت: این سفر <b>تاریخی</b> خواهد بود. <a href=\"https://www.irna.ir/news/85716163\">ایرنا</a> گزارش داد.</p>"
                + "</body></html>";
        long jobId = given().contentType(ContentType.JSON).body(Map.of("title", "html", "targetLanguages", List.of("en"),
                "format", "html", "content", html)).post("/api/v1/jobs").then().statusCode(201).extract().jsonPath().getLong("id");
        JsonPath segments = segments(jobId, "en");
        assertThat(segments.getList("segments.source", String.class)).containsExactly("سفر پزشکیان به مسکو",
                "سفیر ایران گفت: این سفر <g id=\"1\">تاریخی</g> خواهد بود.", "<g id=\"1\">ایرنا</g> گزارش داد.");
        List<String> targets = List.of("Pezeshkian's trip to Moscow", "The Iranian ambassador said the trip will be <g id=\"1\">historic</g>.",
                "<g id=\"1\">IRNA</g> reported.");
        for (int i = 0; i < targets.size(); i++) {
            save(jobId, "en", segments.getLong("segments[" + i + "].id"), targets.get(i), "REVIEWED",
                    segments.getLong("segments[" + i + "].version"), "reviewer").then().statusCode(200);
        }

        given().get("/api/v1/jobs/" + jobId + "/tasks/en/document").then().statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("<h1>Pezeshkian's trip to Moscow</h1>"))
                .body(containsString("the trip will be <b>historic</b>."))
                .body(containsString("<a href=\"https://www.irna.ir/news/85716163\">IRNA</a> reported."));
    }

    @Test
    void shouldRefuseAStaleVersionWithTheCurrentTranslation() {
        long jobId = smallJob();
        JsonPath segments = segments(jobId, "en");
        long id = segments.getLong("segments[0].id");
        long version = segments.getLong("segments[0].version");
        save(jobId, "en", id, "First translator's text.", "DRAFT", version, "translator").then().statusCode(200)
                .body("version", equalTo((int) version + 1));

        save(jobId, "en", id, "Second translator's text.", "DRAFT", version, "translator").then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems.html#edit-conflict"))
                .body("current.target", equalTo("First translator's text."))
                .body("current.version", equalTo((int) version + 1));
        given().get("/api/v1/jobs/" + jobId + "/tasks/en/segments/" + id + "/history").then().statusCode(200)
                .body("target", equalTo(List.of("First translator's text.")));
    }

    @Test
    void shouldNotLetATranslatorMarkReviewed() {
        long jobId = smallJob();
        JsonPath segments = segments(jobId, "en");
        save(jobId, "en", segments.getLong("segments[0].id"), "Tehran and Moscow signed the agreement.", "REVIEWED",
                segments.getLong("segments[0].version"), "translator")
                .then().statusCode(409).body("type", equalTo("/problems.html#status-move"))
                .body("allowed", equalTo(List.of("DRAFT", "TRANSLATED")));
    }

    @Test
    void shouldWriteConfirmedTranslationsToTheMemoryAtOnceAndFillRepetitions() {
        String sentence = "وزیران نفت دو کشور در باکو دیدار کردند.";
        long jobId = given().contentType(ContentType.JSON).body(Map.of("title", "repeats", "targetLanguages", List.of("ru"),
                        "content", sentence + " مذاکرات ادامه دارد. " + sentence))
                .post("/api/v1/jobs").then().statusCode(201)
                .body("tasks[0].analysis.repetitions", equalTo(8)).extract().jsonPath().getLong("id");
        JsonPath segments = segments(jobId, "ru");
        save(jobId, "ru", segments.getLong("segments[0].id"), "Министры нефти двух стран встретились в Баку.", "TRANSLATED",
                segments.getLong("segments[0].version"), "translator").then().statusCode(200);

        assertThat(segments(jobId, "ru").getString("segments[2].target")).isEqualTo("Министры нефти двух стран встретились в Баку.");
        given().queryParam("q", sentence).get("/api/v1/memories/fa-ru/matches").then().statusCode(200)
                .body("matches.target", hasItem("Министры нефти двух стран встретились в Баку."));
    }

    @Test
    void shouldLetTwoPeopleSaveDifferentSegmentsOfOneTaskAtOnceAndFinishItOnce() throws Exception {
        long jobId = smallJob();
        JsonPath segments = segments(jobId, "en");
        List<java.util.concurrent.Callable<Integer>> reviews = new java.util.ArrayList<>();
        for (int i = 0; i < 2; i++) {
            long id = segments.getLong("segments[" + i + "].id");
            long version = segments.getLong("segments[" + i + "].version");
            reviews.add(() -> save(jobId, "en", id, "Reviewed at once.", "REVIEWED", version, "reviewer").statusCode());
        }
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            for (var result : pool.invokeAll(reviews)) {
                assertThat(result.get()).isEqualTo(200);
            }
        } finally {
            pool.shutdown();
        }
        given().get("/api/v1/jobs/" + jobId).then().body("status", equalTo("DONE")).body("tasks[0].status", equalTo("DONE"));
    }

    @Test
    void shouldCreateOneJobWhenANewsroomRetriesTheSameArticleConcurrently() throws Exception {
        String externalId = "retry-" + System.nanoTime();
        Map<String, Object> body = Map.of("title", "retried", "externalId", externalId, "targetLanguages", List.of("en"),
                "content", "تهران و مسکو موافقت‌نامه را امضا کردند. مذاکرات ادامه دارد.");
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Callable<Response>> calls = java.util.Collections.nCopies(4,
                    () -> given().contentType(ContentType.JSON).body(body).post("/api/v1/jobs"));
            List<Response> responses = new java.util.ArrayList<>();
            for (var future : pool.invokeAll(calls)) {
                responses.add(future.get());
            }
            assertThat(responses).extracting(Response::statusCode).containsOnly(200, 201).containsOnlyOnce(201);
            assertThat(responses).extracting(r -> r.jsonPath().getLong("id")).containsOnly(responses.get(0).jsonPath().getLong("id"));
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void shouldRecordATakenMemoryMatchAsTmAndATypedTargetAsHuman() {
        long jobId = smallJob();
        JsonPath segments = segments(jobId, "en");
        Map<String, Object> taken = new HashMap<>(Map.of("target", "Tehran and Moscow signed the agreement.",
                "status", "TRANSLATED", "version", segments.getLong("segments[0].version"), "origin", "TM", "score", 92));
        given().contentType(ContentType.JSON).body(taken)
                .put("/api/v1/jobs/" + jobId + "/tasks/en/segments/" + segments.getLong("segments[0].id"))
                .then().statusCode(200).body("origin", equalTo("TM")).body("score", equalTo(92));
        save(jobId, "en", segments.getLong("segments[1].id"), "Talks go on.", "TRANSLATED",
                segments.getLong("segments[1].version"), "translator")
                .then().statusCode(200).body("origin", equalTo("HUMAN")).body("score", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void shouldLetOnlyAManagerCloseATaskWithAReason() {
        long jobId = smallJob();
        given().contentType(ContentType.JSON).body(Map.of("translator", "sara", "reviewer", "reza"))
                .put("/api/v1/jobs/" + jobId + "/tasks/en").then().statusCode(200)
                .body("translator", equalTo("sara")).body("reviewer", equalTo("reza")).body("status", equalTo("OPEN"));
        given().contentType(ContentType.JSON).header("X-Tarjoman-Role", "translator").body(Map.of("closeReason", "done"))
                .put("/api/v1/jobs/" + jobId + "/tasks/en").then().statusCode(409)
                .body("type", equalTo("/problems.html#status-move"));

        given().contentType(ContentType.JSON).header("X-Tarjoman-Role", "manager")
                .body(Map.of("closeReason", "Published untranslated: the story was withdrawn."))
                .put("/api/v1/jobs/" + jobId + "/tasks/en").then().statusCode(200)
                .body("status", equalTo("DONE")).body("closedReason", equalTo("Published untranslated: the story was withdrawn."));
        given().get("/api/v1/jobs/" + jobId).then().body("status", equalTo("DONE"));
    }

    private static void translateAndReview(long jobId, String language) {
        JsonPath segments = segments(jobId, language);
        int count = segments.getList("segments").size();
        Map<Long, Long> versions = new HashMap<>();
        for (int i = 0; i < count; i++) {
            long id = segments.getLong("segments[" + i + "].id");
            String target = language.toUpperCase() + " " + i + ": " + segments.getString("segments[" + i + "].source").length();
            long version = save(jobId, language, id, target, "TRANSLATED", segments.getLong("segments[" + i + "].version"),
                    "translator").then().statusCode(200).extract().jsonPath().getLong("version");
            versions.put(id, version);
        }
        given().get("/api/v1/jobs/" + jobId).then().body("tasks.find { it.language == '" + language + "' }.status",
                equalTo("IN_REVIEW"));
        JsonPath translated = segments(jobId, language);
        for (int i = 0; i < count; i++) {
            long id = translated.getLong("segments[" + i + "].id");
            save(jobId, language, id, translated.getString("segments[" + i + "].target"), "REVIEWED",
                    translated.getLong("segments[" + i + "].version"), "reviewer").then().statusCode(200);
        }
    }

    static Response save(long jobId, String language, long segmentId, String target, String status, long version,
                         String role) {
        Map<String, Object> body = new HashMap<>();
        body.put("target", target);
        body.put("status", status);
        body.put("version", version);
        return given().contentType(ContentType.JSON).header("X-Tarjoman-User", role + "-1").header("X-Tarjoman-Role", role)
                .body(body).put("/api/v1/jobs/" + jobId + "/tasks/" + language + "/segments/" + segmentId);
    }

    static JsonPath segments(long jobId, String language) {
        return given().get("/api/v1/jobs/" + jobId + "/tasks/" + language + "/segments?size=500").then().statusCode(200)
                .extract().jsonPath();
    }

    static long smallJob() {
        return given().contentType(ContentType.JSON).body(Map.of("title", "small", "targetLanguages", List.of("en"),
                        "content", "تهران و مسکو موافقت‌نامه را امضا کردند. مذاکرات ادامه دارد."))
                .post("/api/v1/jobs").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static void seedMemory(String memory, String source, String target) {
        given().contentType(ContentType.JSON).body(Map.of("source", source, "target", target))
                .post("/api/v1/memories/" + memory + "/units").then().statusCode(201);
    }

    private static List<WebhookReceiver.Delivery> awaitDeliveries(WebhookReceiver receiver, int count) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (receiver.deliveries.size() < count && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        return List.copyOf(receiver.deliveries);
    }

    private static String hmac(String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    }
}
