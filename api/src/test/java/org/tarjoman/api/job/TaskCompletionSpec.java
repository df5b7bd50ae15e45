package org.tarjoman.api.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.tarjoman.api.testing.Identity.reviewer;
import static org.tarjoman.api.testing.Identity.translator;

import java.util.List;
import java.util.Map;

import io.restassured.path.json.JsonPath;

import org.junit.jupiter.api.Test;
import org.tarjoman.api.testing.TarjomanClient;
import org.tarjoman.api.testing.TaskClient;

/**
 * A task reaches DONE with a clean QA report, or with a reviewer's (or manager's) override that names its
 * reason and stays on the task and in the audit log; and the editor's draft check answers a target's
 * findings without saving it. On H2 ({@link TaskCompletionTest}) and PostgreSQL ({@link TaskCompletionPostgresTest}).
 */
abstract class TaskCompletionSpec {

    private static final TarjomanClient NEWSROOM = new TarjomanClient();
    private static final TarjomanClient REVIEWER = NEWSROOM.as(reviewer("qa-reviewer-parvin"));
    private static final TarjomanClient TRANSLATOR = NEWSROOM.as(translator("qa-translator-reza"));

    private static final String ARTICLE = "پزشکیان روز ۲۸ دی ماه ۱۴۰۳ به مسکو سفر کرد. حجم تجارت دو کشور ۱۵ درصد افزایش یافت.";
    private static final String VISIT_RIGHT = "Pezeshkian travelled to Moscow on 17 January 2025.";
    private static final String VISIT_WRONG = "Pezeshkian travelled to Moscow on 18 January 2025.";
    private static final String TRADE = "Trade between the two countries grew by 15 percent.";
    private static final Map<String, Object> DONE = Map.of("status", "DONE");
    private static final String REASON = "تاریخ را دبیر سرویس تأیید کرد: the desk confirmed the date";

    @Test
    void shouldHoldAReviewedTaskWithQaErrorsAndRefuseToMoveItToDoneWithoutAnOverride() {
        long jobId = job();
        reviewAll(jobId, VISIT_WRONG, TRADE);

        assertThat(status(jobId)).isEqualTo("IN_REVIEW");
        REVIEWER.task(jobId, "en").update(DONE).then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems.html#qa-errors"))
                .body("errors", equalTo(1))
                .body("detail", containsString("has 1 error(s)"))
                .body("detail", containsString("\"qaOverride\":{\"reason\""));
        assertThat(status(jobId)).isEqualTo("IN_REVIEW");
    }

    @Test
    void shouldMoveToDoneWithAReviewersOverrideAndKeepWhoWhenAndWhy() {
        long jobId = job();
        reviewAll(jobId, VISIT_WRONG, TRADE);

        REVIEWER.task(jobId, "en").update(Map.of("status", "DONE", "qaOverride", Map.of("reason", REASON)))
                .then().statusCode(200)
                .body("status", equalTo("DONE"))
                .body("qaOverride.by", equalTo("qa-reviewer-parvin"))
                .body("qaOverride.reason", equalTo(REASON))
                .body("qaOverride.errors", equalTo(1))
                .body("qaOverride.at", org.hamcrest.Matchers.notNullValue());

        NEWSROOM.jobs().get(jobId).then().body("status", equalTo("DONE"))
                .body("tasks[0].qaOverride.by", equalTo("qa-reviewer-parvin"));
        String target = "job " + jobId + " task en";
        NEWSROOM.request().get("/api/v1/audit").then().statusCode(200)
                .body("entries.findAll { it.target == '" + target + "' }.action", hasItem("TASK_QA_OVERRIDDEN"))
                .body("entries.find { it.target == '" + target + "' }.actor", equalTo("qa-reviewer-parvin"))
                .body("entries.find { it.target == '" + target + "' }.detail", equalTo("1 QA error(s) accepted: " + REASON));
    }

    @Test
    void shouldRefuseAnOverrideByATranslator() {
        long jobId = job();
        reviewAll(jobId, VISIT_WRONG, TRADE);

        TRANSLATOR.task(jobId, "en").update(Map.of("status", "DONE", "qaOverride", Map.of("reason", "عجله داریم")))
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("detail", equalTo("Only the task's reviewer or a manager moves a task to DONE."));
        assertThat(status(jobId)).isEqualTo("IN_REVIEW");
    }

    @Test
    void shouldRefuseAnOverrideWithoutAReason() {
        long jobId = job();
        reviewAll(jobId, VISIT_WRONG, TRADE);

        REVIEWER.task(jobId, "en").update(Map.of("status", "DONE", "qaOverride", Map.of("reason", " ")))
                .then().statusCode(400);
        assertThat(status(jobId)).isEqualTo("IN_REVIEW");
    }

    @Test
    void shouldMoveAReviewedTaskWithoutErrorsToDoneByItselfAndAcceptTheMoveAgain() {
        long jobId = job();
        reviewAll(jobId, VISIT_RIGHT, TRADE);

        assertThat(status(jobId)).isEqualTo("DONE");
        REVIEWER.task(jobId, "en").update(DONE).then().statusCode(200)
                .body("status", equalTo("DONE"))
                .body("qaOverride", nullValue());
    }

    @Test
    void shouldMoveAHeldTaskToDoneOnceTheReviewerFixesTheError() {
        long jobId = job();
        reviewAll(jobId, VISIT_WRONG, TRADE);
        TaskClient english = REVIEWER.task(jobId, "en");
        TaskClient.Segment visit = english.segmentWithSource("پزشکیان روز ۲۸ دی ماه ۱۴۰۳ به مسکو سفر کرد.");

        english.save(visit.id(), VISIT_RIGHT, "REVIEWED", visit.version()).then().statusCode(200);

        assertThat(status(jobId)).isEqualTo("DONE");
    }

    @Test
    void shouldRefuseToMoveATaskToDoneBeforeEverySegmentIsReviewed() {
        long jobId = job();

        REVIEWER.task(jobId, "en").update(DONE).then().statusCode(409)
                .body("type", equalTo("/problems.html#incomplete"))
                .body("unreviewed", equalTo(2));
    }

    @Test
    void shouldCheckADraftWithoutSavingIt() {
        long jobId = job();
        TaskClient english = TRANSLATOR.task(jobId, "en");
        TaskClient.Segment visit = english.segmentWithSource("پزشکیان روز ۲۸ دی ماه ۱۴۰۳ به مسکو سفر کرد.");
        TaskClient.Segment trade = english.segmentWithSource("حجم تجارت دو کشور ۱۵ درصد افزایش یافت.");

        JsonPath wrongDate = english.check(visit.id(), VISIT_WRONG).then().statusCode(200).extract().jsonPath();
        assertThat(wrongDate.getList("findings.code")).containsExactly("DATE_MISMATCH");
        assertThat(VISIT_WRONG.substring(wrongDate.getInt("findings[0].span.start"), wrongDate.getInt("findings[0].span.end")))
                .isEqualTo("18 January 2025");
        english.check(trade.id(), "Trade between the two countries grew.").then().statusCode(200)
                .body("findings.code", equalTo(List.of("NUMBER_MISSING")));
        english.check(visit.id(), VISIT_RIGHT).then().statusCode(200).body("findings", empty());

        TaskClient.Segment after = english.segment(visit.id());
        assertThat(after.version()).as("nothing was saved").isEqualTo(visit.version());
        assertThat(after.target()).isNull();
    }

    @Test
    void shouldAnswerAProblemWhenCheckingASegmentOfAnotherJob() {
        long jobId = job();
        TRANSLATOR.task(jobId, "en").check(999_999_999L, TRADE).then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void shouldOfferTheSourcesDateAndNumberInTheTargetsForm() {
        long jobId = NEWSROOM.submit(ARTICLE).titled("Placeables").to("en", "ru").create();
        long visit = NEWSROOM.task(jobId, "en").segmentWithSource("پزشکیان روز ۲۸ دی ماه ۱۴۰۳ به مسکو سفر کرد.").id();
        long trade = NEWSROOM.task(jobId, "en").segmentWithSource("حجم تجارت دو کشور ۱۵ درصد افزایش یافت.").id();

        TRANSLATOR.task(jobId, "en").placeables(visit).then().statusCode(200)
                .body("placeables.type", equalTo(List.of("DATE")))
                .body("placeables[0].text", equalTo("۲۸ دی ماه ۱۴۰۳"))
                .body("placeables[0].value", equalTo("2025-01-17"))
                .body("placeables[0].localized", equalTo("17 January 2025"));
        String russian = TRANSLATOR.task(jobId, "ru").placeables(visit).then().statusCode(200).extract().jsonPath()
                .getString("placeables[0].localized");
        assertThat(russian.replaceAll("[\\u00a0\\u202f]", " ")).as("CLDR puts a no-break space before г.")
                .isEqualTo("17 января 2025 г.");
        TRANSLATOR.task(jobId, "en").placeables(trade).then().statusCode(200)
                .body("placeables[0].type", equalTo("NUMBER"))
                .body("placeables[0].localized", containsString("15"));
    }

    private static void reviewAll(long jobId, String visit, String trade) {
        TaskClient english = REVIEWER.task(jobId, "en");
        TaskClient.Segment first = english.segmentWithSource("پزشکیان روز ۲۸ دی ماه ۱۴۰۳ به مسکو سفر کرد.");
        TaskClient.Segment second = english.segmentWithSource("حجم تجارت دو کشور ۱۵ درصد افزایش یافت.");
        english.save(first.id(), visit, "REVIEWED", first.version()).then().statusCode(200);
        english.save(second.id(), trade, "REVIEWED", second.version()).then().statusCode(200);
    }

    private static String status(long jobId) {
        return NEWSROOM.jobs().get(jobId).then().statusCode(200).extract().jsonPath().getString("tasks[0].status");
    }

    /** The two-sentence article as a job with an English task writing to a memory of its own. */
    private static long job() {
        String memory = NEWSROOM.memories().create("fa-en-done-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36),
                "Task completion tests", false);
        return NEWSROOM.submit(ARTICLE).titled("Pezeshkian in Moscow").to("en")
                .memories(Map.of("en", Map.of("read", List.of(Map.of("name", memory, "penalty", 0)), "write", memory)))
                .create();
    }
}
