package org.tarjoman.api.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.tarjoman.api.testing.Identity.manager;
import static org.tarjoman.api.testing.Identity.reviewer;
import static org.tarjoman.api.testing.Identity.translator;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

import org.junit.jupiter.api.Test;
import org.tarjoman.api.testing.Submission;
import org.tarjoman.api.testing.TarjomanClient;
import org.tarjoman.api.testing.TestData;
import org.tarjoman.api.testing.WebhookReceiver;

/**
 * The whole life of an article through REST, as a newsroom system and its translators drive it, on
 * whichever database the concrete class runs (H2 in {@link JobFlowTest}, PostgreSQL in
 * {@link JobFlowPostgresTest}).
 */
abstract class JobFlowSpec {

    private static final TarjomanClient NEWSROOM = new TarjomanClient();
    private static final TarjomanClient TRANSLATOR = NEWSROOM.as(translator("translator-1"));
    private static final TarjomanClient REVIEWER = NEWSROOM.as(reviewer("reviewer-1"));

    private static final String HEADLINE = "جلالی: سفر پزشکیان به مسکو، تاریخی خواهد بود";
    private static final String SUBHEADING = "رویکردهای مشترک ایران و روسیه";
    private static final String SECRET = "test-secret";

    @Test
    void shouldTakeAnArticleFromSubmissionToSignedDeliveryAndKeepTranslationsAcrossRevisions() throws Exception {
        String article = TestData.irnaMoscowVisit();
        String externalId = "irna-" + System.nanoTime();
        NEWSROOM.memory("fa-en").add(HEADLINE, "Jalali: Pezeshkian's visit to Moscow will be historic");
        NEWSROOM.memory("fa-en").add(SUBHEADING, "Common approaches of Iran and Russia");
        NEWSROOM.memory("fa-ru").add(SUBHEADING, "Общие подходы Ирана и России");

        try (WebhookReceiver newsroom = WebhookReceiver.answering(204)) {
            Response created = NEWSROOM.submit(article).titled("Pezeshkian's visit to Moscow").externalId(externalId)
                    .from("fa").to("en", "ru").format("text").callbackUrl(newsroom.url()).post();
            created.then().statusCode(201).header("Location", containsString("/api/v1/jobs/"))
                    .body("status", equalTo("OPEN")).body("tasks.language", equalTo(List.of("en", "ru")));
            long jobId = created.jsonPath().getLong("id");
            int words = created.jsonPath().getInt("words");
            assertThat(created.jsonPath().getInt("tasks[0].analysis.total")).isEqualTo(words);
            assertThat(created.jsonPath().getInt("tasks[0].analysis.exact")).isEqualTo(8 + 5);
            assertThat(created.jsonPath().getInt("tasks[1].analysis.exact")).isEqualTo(5);

            JsonPath english = NEWSROOM.task(jobId, "en").segments();
            assertThat(english.getString("segments[0].source")).isEqualTo(HEADLINE);
            assertThat(english.getString("segments[0].status")).isEqualTo("DRAFT");
            assertThat(english.getString("segments[0].origin")).isEqualTo("TM");
            assertThat(english.getString("segments[0].target")).isEqualTo("Jalali: Pezeshkian's visit to Moscow will be historic");

            NEWSROOM.submit(article).titled("again").externalId(externalId).to("en", "ru").post()
                    .then().statusCode(200).body("id", equalTo((int) jobId));

            for (String language : List.of("en", "ru")) {
                translateAndReview(jobId, language);
            }

            NEWSROOM.jobs().get(jobId).then().statusCode(200).body("status", equalTo("DONE"))
                    .body("tasks.status", equalTo(List.of("DONE", "DONE")))
                    .body("tasks[0].progress.reviewed", equalTo(english.getList("segments").size()));
            List<WebhookReceiver.Request> events = newsroom.awaitRequests(3, Duration.ofSeconds(20));
            assertThat(events).extracting(d -> d.header("X-Tarjoman-Event"))
                    .containsExactlyInAnyOrder("task.done", "task.done", "job.done");
            for (WebhookReceiver.Request event : events) {
                assertThat(event.header("X-Tarjoman-Signature"))
                        .isEqualTo("sha256=" + WebhookReceiver.hmacSha256Hex(event.body(), SECRET));
                JsonPath payload = JsonPath.from(event.text());
                assertThat(payload.getLong("jobId")).isEqualTo(jobId);
                assertThat(payload.getString("externalId")).isEqualTo(externalId);
            }

            String delivered = NEWSROOM.task(jobId, "en").getDocument().then().statusCode(200)
                    .contentType(containsString("text/plain"))
                    .header("Content-Disposition", containsString(externalId + "_en.txt"))
                    .extract().asString();
            assertThat(delivered.strip()).startsWith("EN 0: ").doesNotContain("سفیر");
            assertThat(delivered.split("\n\n", -1)).hasSameSizeAs(article.split("\n\n", -1));
            NEWSROOM.task(jobId, "ru").getDocument().then().statusCode(200)
                    .body(containsString("RU 1: "));

            String edited = article.replace("آمار نهایی تجارت دو کشور در این سال هنوز", "آمار نهایی تجارت دو کشور هنوز");
            Response revision = NEWSROOM.submit(edited).titled("Pezeshkian's visit, updated").externalId(externalId)
                    .to("en", "ru").post();
            revision.then().statusCode(201).body("revision", equalTo(2)).body("supersedes", equalTo((int) jobId));
            JsonPath revised = NEWSROOM.task(revision.jsonPath().getLong("id"), "en").segments();
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
        long jobId = NEWSROOM.submit(html).titled("html").to("en").format("html").create();
        JsonPath segments = NEWSROOM.task(jobId, "en").segments();
        assertThat(segments.getList("segments.source", String.class)).containsExactly("سفر پزشکیان به مسکو",
                "سفیر ایران گفت: این سفر <g id=\"1\">تاریخی</g> خواهد بود.", "<g id=\"1\">ایرنا</g> گزارش داد.");
        List<String> targets = List.of("Pezeshkian's trip to Moscow", "The Iranian ambassador said the trip will be <g id=\"1\">historic</g>.",
                "<g id=\"1\">IRNA</g> reported.");
        for (int i = 0; i < targets.size(); i++) {
            REVIEWER.task(jobId, "en").save(segments.getLong("segments[" + i + "].id"), targets.get(i), "REVIEWED",
                    segments.getLong("segments[" + i + "].version")).then().statusCode(200);
        }

        NEWSROOM.task(jobId, "en").getDocument().then().statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("<h1>Pezeshkian's trip to Moscow</h1>"))
                .body(containsString("the trip will be <b>historic</b>."))
                .body(containsString("<a href=\"https://www.irna.ir/news/85716163\">IRNA</a> reported."));
    }

    @Test
    void shouldRefuseAStaleVersionWithTheCurrentTranslation() {
        long jobId = smallJob();
        JsonPath segments = NEWSROOM.task(jobId, "en").segments();
        long id = segments.getLong("segments[0].id");
        long version = segments.getLong("segments[0].version");
        TRANSLATOR.task(jobId, "en").save(id, "First translator's text.", "DRAFT", version).then().statusCode(200)
                .body("version", equalTo((int) version + 1));

        TRANSLATOR.task(jobId, "en").save(id, "Second translator's text.", "DRAFT", version).then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems.html#edit-conflict"))
                .body("current.target", equalTo("First translator's text."))
                .body("current.version", equalTo((int) version + 1));
        NEWSROOM.task(jobId, "en").getHistory(id).then().statusCode(200)
                .body("target", equalTo(List.of("First translator's text.")));
    }

    @Test
    void shouldNotLetATranslatorMarkReviewed() {
        long jobId = smallJob();
        JsonPath segments = NEWSROOM.task(jobId, "en").segments();
        TRANSLATOR.task(jobId, "en").save(segments.getLong("segments[0].id"), "Tehran and Moscow signed the agreement.",
                        "REVIEWED", segments.getLong("segments[0].version"))
                .then().statusCode(409).body("type", equalTo("/problems.html#status-move"))
                .body("allowed", equalTo(List.of("DRAFT", "TRANSLATED")));
    }

    @Test
    void shouldWriteConfirmedTranslationsToTheMemoryAtOnceAndFillRepetitions() {
        String sentence = "وزیران نفت دو کشور در باکو دیدار کردند.";
        long jobId = NEWSROOM.submit(sentence + " مذاکرات ادامه دارد. " + sentence).titled("repeats").to("ru").post()
                .then().statusCode(201)
                .body("tasks[0].analysis.repetitions", equalTo(8)).extract().jsonPath().getLong("id");
        JsonPath segments = NEWSROOM.task(jobId, "ru").segments();
        TRANSLATOR.task(jobId, "ru").save(segments.getLong("segments[0].id"), "Министры нефти двух стран встретились в Баку.",
                "TRANSLATED", segments.getLong("segments[0].version")).then().statusCode(200);

        assertThat(NEWSROOM.task(jobId, "ru").segments().getString("segments[2].target"))
                .isEqualTo("Министры нефти двух стран встретились в Баку.");
        NEWSROOM.memory("fa-ru").getMatches(Map.of("q", sentence)).then().statusCode(200)
                .body("matches.target", hasItem("Министры нефти двух стран встретились в Баку."));
    }

    @Test
    void shouldLetTwoPeopleSaveDifferentSegmentsOfOneTaskAtOnceAndFinishItOnce() throws Exception {
        long jobId = smallJob();
        JsonPath segments = NEWSROOM.task(jobId, "en").segments();
        List<java.util.concurrent.Callable<Integer>> reviews = new java.util.ArrayList<>();
        for (int i = 0; i < 2; i++) {
            long id = segments.getLong("segments[" + i + "].id");
            long version = segments.getLong("segments[" + i + "].version");
            reviews.add(() -> REVIEWER.task(jobId, "en").save(id, "Reviewed at once.", "REVIEWED", version).statusCode());
        }
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            for (var result : pool.invokeAll(reviews)) {
                assertThat(result.get()).isEqualTo(200);
            }
        } finally {
            pool.shutdown();
        }
        NEWSROOM.jobs().get(jobId).then().body("status", equalTo("DONE")).body("tasks[0].status", equalTo("DONE"));
    }

    @Test
    void shouldCreateOneJobWhenANewsroomRetriesTheSameArticleConcurrently() throws Exception {
        String externalId = "retry-" + System.nanoTime();
        Submission retried = NEWSROOM.submit("تهران و مسکو موافقت‌نامه را امضا کردند. مذاکرات ادامه دارد.")
                .titled("retried").externalId(externalId).to("en");
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Callable<Response>> calls = java.util.Collections.nCopies(4, retried::post);
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
        JsonPath segments = NEWSROOM.task(jobId, "en").segments();
        Map<String, Object> taken = new HashMap<>(Map.of("target", "Tehran and Moscow signed the agreement.",
                "status", "TRANSLATED", "version", segments.getLong("segments[0].version"), "origin", "TM", "score", 92));
        NEWSROOM.task(jobId, "en").save(segments.getLong("segments[0].id"), taken)
                .then().statusCode(200).body("origin", equalTo("TM")).body("score", equalTo(92));
        TRANSLATOR.task(jobId, "en").save(segments.getLong("segments[1].id"), "Talks go on.", "TRANSLATED",
                        segments.getLong("segments[1].version"))
                .then().statusCode(200).body("origin", equalTo("HUMAN")).body("score", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void shouldLetOnlyAManagerCloseATaskWithAReason() {
        long jobId = smallJob();
        NEWSROOM.task(jobId, "en").update(Map.of("translator", "sara", "reviewer", "reza")).then().statusCode(200)
                .body("translator", equalTo("sara")).body("reviewer", equalTo("reza")).body("status", equalTo("OPEN"));
        TRANSLATOR.task(jobId, "en").update(Map.of("closeReason", "done")).then().statusCode(403)
                .body("type", equalTo("/problems.html#forbidden"));

        NEWSROOM.as(manager("manager-1")).task(jobId, "en")
                .update(Map.of("closeReason", "Published untranslated: the story was withdrawn.")).then().statusCode(200)
                .body("status", equalTo("DONE")).body("closedReason", equalTo("Published untranslated: the story was withdrawn."));
        NEWSROOM.jobs().get(jobId).then().body("status", equalTo("DONE"));
    }

    private static void translateAndReview(long jobId, String language) {
        JsonPath segments = NEWSROOM.task(jobId, language).segments();
        int count = segments.getList("segments").size();
        for (int i = 0; i < count; i++) {
            long id = segments.getLong("segments[" + i + "].id");
            String target = language.toUpperCase() + " " + i + ": " + segments.getString("segments[" + i + "].source").length();
            TRANSLATOR.task(jobId, language).save(id, target, "TRANSLATED", segments.getLong("segments[" + i + "].version"))
                    .then().statusCode(200);
        }
        NEWSROOM.jobs().get(jobId).then().body("tasks.find { it.language == '" + language + "' }.status",
                equalTo("IN_REVIEW"));
        JsonPath translated = NEWSROOM.task(jobId, language).segments();
        for (int i = 0; i < count; i++) {
            long id = translated.getLong("segments[" + i + "].id");
            REVIEWER.task(jobId, language).save(id, translated.getString("segments[" + i + "].target"), "REVIEWED",
                    translated.getLong("segments[" + i + "].version")).then().statusCode(200);
        }
        // the placeholder targets leave the article's numbers and dates out: the reviewer accepts the QA errors
        REVIEWER.task(jobId, language).update(Map.of("status", "DONE",
                "qaOverride", Map.of("reason", "Placeholder translations of the flow test"))).then().statusCode(200)
                .body("status", equalTo("DONE"));
    }

    /** A two-sentence article into English. */
    static long smallJob() {
        return NEWSROOM.submit("تهران و مسکو موافقت‌نامه را امضا کردند. مذاکرات ادامه دارد.").titled("small").to("en").create();
    }
}
