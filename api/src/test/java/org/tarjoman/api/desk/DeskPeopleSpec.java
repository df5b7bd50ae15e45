package org.tarjoman.api.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.tarjoman.api.testing.Identity.manager;
import static org.tarjoman.api.testing.Identity.reviewer;
import static org.tarjoman.api.testing.Identity.translator;

import java.util.List;
import java.util.Map;

import io.restassured.path.json.JsonPath;

import org.junit.jupiter.api.Test;
import org.tarjoman.api.testing.TarjomanClient;
import org.tarjoman.api.testing.TaskClient;

/**
 * The people of the desk: who can be given a task, a person's own work, reopening a delivered task in
 * rounds, and the notifications that tell people what is theirs to do. On H2 ({@link DeskPeopleTest})
 * and PostgreSQL ({@link DeskPeoplePostgresTest}).
 */
abstract class DeskPeopleSpec {

    private static final String RUN = Long.toString(System.nanoTime() % 1_000_000_000L, 36);
    private static final TarjomanClient NEWSROOM = new TarjomanClient();
    private static final TarjomanClient MANAGER = NEWSROOM.as(manager("desk-manager-" + RUN));
    private static final String TRANSLATOR_NAME = "desk-translator-" + RUN;
    private static final String REVIEWER_NAME = "desk-reviewer-" + RUN;
    private static final TarjomanClient TRANSLATOR = NEWSROOM.as(translator(TRANSLATOR_NAME));
    private static final TarjomanClient REVIEWER = NEWSROOM.as(reviewer(REVIEWER_NAME));

    private static final String ARTICLE = "پزشکیان روز ۲۸ دی ماه ۱۴۰۳ به مسکو سفر کرد. حجم تجارت دو کشور ۱۵ درصد افزایش یافت.";
    private static final String VISIT = "پزشکیان روز ۲۸ دی ماه ۱۴۰۳ به مسکو سفر کرد.";
    private static final String TRADE = "حجم تجارت دو کشور ۱۵ درصد افزایش یافت.";
    private static final String VISIT_EN = "Pezeshkian travelled to Moscow on 17 January 2025.";
    private static final String TRADE_EN = "Trade between the two countries grew by 15 percent.";
    private static final String REASON = "نام رئیس‌جمهور باید کامل بیاید: the desk wants the full name";

    // ---- people ------------------------------------------------------------------------------------

    @Test
    void shouldListEnabledPeopleHoldingTheRoleAskedFor() {
        signIn(TRANSLATOR);
        signIn(REVIEWER);

        JsonPath translators = MANAGER.request().get("/api/v1/people?role=translator").then().statusCode(200)
                .extract().jsonPath();
        assertThat(translators.getList("name", String.class)).contains(TRANSLATOR_NAME).doesNotContain(REVIEWER_NAME);
        assertThat(translators.getList("findAll { it.name == '" + TRANSLATOR_NAME + "' }.languages[0]", String.class))
                .containsExactly("en", "ru");
        MANAGER.request().get("/api/v1/people?role=reviewer&language=en").then().statusCode(200)
                .body("name", hasItem(REVIEWER_NAME)).body("name", not(hasItem(TRANSLATOR_NAME)));
        MANAGER.request().get("/api/v1/people?role=reviewer&language=de").then().statusCode(200)
                .body("name", not(hasItem(REVIEWER_NAME)));
    }

    @Test
    void shouldLeaveADisabledPersonOutOfThePeople() {
        String name = "desk-leaver-" + RUN;
        signIn(NEWSROOM.as(translator(name)));
        NEWSROOM.request().post("/api/v1/users/" + name + "/disable").then().statusCode(200);

        MANAGER.request().get("/api/v1/people?role=translator").then().statusCode(200).body("name", not(hasItem(name)));
    }

    @Test
    void shouldRefuseARoleThatIsNotGivenTasks() {
        MANAGER.request().get("/api/v1/people?role=admin").then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", equalTo("role must be translator or reviewer, not 'admin'."));
    }

    // ---- assignment, my work, notifications ----------------------------------------------------------

    @Test
    void shouldTellTheAssigneeAndAuditTheAssignment() {
        long jobId = job();
        assign(jobId);

        JsonPath mine = TRANSLATOR.request().get("/api/v1/notifications").then().statusCode(200).extract().jsonPath();
        Map<String, Object> assigned = mine.getMap("notifications.find { it.jobId == " + jobId + " }");
        assertThat(assigned).containsEntry("kind", "ASSIGNED").containsEntry("language", "en")
                .containsEntry("actor", "desk-manager-" + RUN).containsEntry("link", "/jobs/" + jobId + "/en");
        assertThat((String) assigned.get("message")).contains("assigned you the en task of").contains("as translator");
        assertThat(mine.getLong("unread")).isPositive();
        String target = "job " + jobId + " task en";
        NEWSROOM.request().get("/api/v1/audit?size=200").then().statusCode(200)
                .body("entries.findAll { it.target == '" + target + "' }.detail",
                        hasItem("translator: nobody → " + TRANSLATOR_NAME))
                .body("entries.findAll { it.target == '" + target + "' }.action", hasItem("TASK_ASSIGNED"));
    }

    @Test
    void shouldListMyOpenTasksWithTheWordsLeftAndTheEditorAtTheFirstSegmentThatNeedsMe() {
        long jobId = job();
        assign(jobId);
        TaskClient english = TRANSLATOR.task(jobId, "en");
        TaskClient.Segment visit = english.segmentWithSource(VISIT);
        TaskClient.Segment trade = english.segmentWithSource(TRADE);
        english.save(visit.id(), VISIT_EN, "TRANSLATED", visit.version()).then().statusCode(200);

        JsonPath segments = english.segments();
        int tradeWords = segments.getInt("segments.find { it.id == " + trade.id() + " }.words");
        int allWords = segments.getInt("segments.sum { it.words }");
        Map<String, Object> task = myTask(TRANSLATOR, jobId);
        assertThat(task).containsEntry("role", "translator").containsEntry("status", "IN_TRANSLATION")
                .containsEntry("wordsLeft", tradeWords).containsEntry("words", allWords)
                .containsEntry("link", "/jobs/" + jobId + "/en#segment-" + trade.id());
        assertThat(myTask(REVIEWER, jobId)).containsEntry("role", "reviewer").containsEntry("wordsLeft", allWords)
                .containsEntry("link", "/jobs/" + jobId + "/en#segment-" + visit.id());
    }

    @Test
    void shouldTellTheReviewerWhenTheTaskIsReadyAndTheTranslatorWhenItIsSentBack() {
        long jobId = job();
        assign(jobId);
        translateAll(jobId);

        assertThat(kinds(REVIEWER, jobId)).contains("READY_FOR_REVIEW");
        TaskClient english = REVIEWER.task(jobId, "en");
        TaskClient.Segment trade = english.segmentWithSource(TRADE);
        english.save(trade.id(), TRADE_EN, "REJECTED", trade.version()).then().statusCode(200);

        assertThat(kinds(TRANSLATOR, jobId)).contains("SENT_BACK");
        assertThat(myTask(TRANSLATOR, jobId)).containsEntry("link", "/jobs/" + jobId + "/en#segment-" + trade.id());
    }

    @Test
    void shouldMarkOneNotificationReadThenAllOfThem() {
        long jobId = job();
        assign(jobId);
        long id = TRANSLATOR.request().get("/api/v1/notifications").then().statusCode(200).extract().jsonPath()
                .getLong("notifications.find { it.jobId == " + jobId + " }.id");

        TRANSLATOR.request().post("/api/v1/notifications/" + id + "/read").then().statusCode(200)
                .body("readAt", org.hamcrest.Matchers.notNullValue());
        TRANSLATOR.request().get("/api/v1/notifications?unread=true").then().statusCode(200)
                .body("notifications.id", not(hasItem((int) id)));
        TRANSLATOR.request().post("/api/v1/notifications/read-all").then().statusCode(200);
        TRANSLATOR.request().get("/api/v1/notifications").then().statusCode(200).body("unread", equalTo(0));
    }

    @Test
    void shouldNotLetAnyoneReadAnotherPersonsNotification() {
        long jobId = job();
        assign(jobId);
        long id = TRANSLATOR.request().get("/api/v1/notifications").then().statusCode(200).extract().jsonPath()
                .getLong("notifications.find { it.jobId == " + jobId + " }.id");

        REVIEWER.request().post("/api/v1/notifications/" + id + "/read").then().statusCode(404)
                .contentType("application/problem+json");
        NEWSROOM.request().post("/api/v1/notifications/" + id + "/read").then().statusCode(404);
        NEWSROOM.request().get("/api/v1/notifications").then().statusCode(200).body("notifications.size()", equalTo(0));
        TRANSLATOR.request().get("/api/v1/notifications?unread=true").then().statusCode(200)
                .body("notifications.id", hasItem((int) id));
    }

    // ---- reopening -------------------------------------------------------------------------------------

    @Test
    void shouldReopenADeliveredTaskInANewRoundThatTheSegmentHistoryNames() {
        long jobId = job();
        assign(jobId);
        translateAll(jobId);
        reviewAll(jobId);
        NEWSROOM.jobs().get(jobId).then().body("status", equalTo("DONE"));

        MANAGER.request().contentType("application/json").body(Map.of("reason", REASON))
                .post("/api/v1/jobs/" + jobId + "/tasks/en/reopen").then().statusCode(200)
                .body("status", equalTo("IN_REVIEW"))
                .body("round", equalTo(2))
                .body("reopenings[0].round", equalTo(2))
                .body("reopenings[0].reopenedBy", equalTo("desk-manager-" + RUN))
                .body("reopenings[0].reason", equalTo(REASON));
        NEWSROOM.jobs().get(jobId).then().body("status", equalTo("IN_PROGRESS")).body("tasks[0].round", equalTo(2));
        assertThat(kinds(REVIEWER, jobId)).contains("REOPENED");
        assertThat(kinds(TRANSLATOR, jobId)).contains("REOPENED");

        TaskClient english = REVIEWER.task(jobId, "en");
        TaskClient.Segment visit = english.segmentWithSource(VISIT);
        english.save(visit.id(), "President Masoud Pezeshkian travelled to Moscow on 17 January 2025.", "REVIEWED",
                visit.version()).then().statusCode(200);
        english.getHistory(visit.id()).then().statusCode(200)
                .body("round", equalTo(List.of(1, 1, 2)));
        NEWSROOM.jobs().get(jobId).then().body("status", equalTo("DONE"));
        NEWSROOM.request().get("/api/v1/audit?size=200").then().statusCode(200)
                .body("entries.find { it.action == 'TASK_REOPENED' && it.target == 'job " + jobId + " task en' }.detail",
                        equalTo("round 2: " + REASON));
    }

    @Test
    void shouldRefuseToReopenATaskThatIsNotDelivered() {
        long jobId = job();

        MANAGER.request().contentType("application/json").body(Map.of("reason", REASON))
                .post("/api/v1/jobs/" + jobId + "/tasks/en/reopen").then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("only a DONE task is reopened"));
        NEWSROOM.jobs().get(jobId).then().body("tasks[0].round", equalTo(1));
    }

    @Test
    void shouldRefuseAReopeningWithoutAReasonOrByAReviewer() {
        long jobId = job();
        MANAGER.task(jobId, "en").update(Map.of("closeReason", "خبر منتشر نشد")).then().statusCode(200);

        MANAGER.request().contentType("application/json").body(Map.of("reason", "  "))
                .post("/api/v1/jobs/" + jobId + "/tasks/en/reopen").then().statusCode(400)
                .contentType("application/problem+json");
        REVIEWER.request().contentType("application/json").body(Map.of("reason", REASON))
                .post("/api/v1/jobs/" + jobId + "/tasks/en/reopen").then().statusCode(403)
                .contentType("application/problem+json");
        NEWSROOM.jobs().get(jobId).then().body("tasks[0].status", equalTo("DONE")).body("tasks[0].round", equalTo(1));
    }

    @Test
    void shouldReopenAClosedTaskSoItsSegmentsTakeSavesAgain() {
        long jobId = job();
        MANAGER.task(jobId, "en").update(Map.of("closeReason", "خبر منتشر نشد")).then().statusCode(200);

        MANAGER.request().contentType("application/json").body(Map.of("reason", REASON))
                .post("/api/v1/jobs/" + jobId + "/tasks/en/reopen").then().statusCode(200)
                .body("status", equalTo("IN_TRANSLATION")).body("closedReason", org.hamcrest.Matchers.nullValue());
        TaskClient.Segment visit = MANAGER.task(jobId, "en").segmentWithSource(VISIT);
        MANAGER.task(jobId, "en").save(visit.id(), VISIT_EN, "TRANSLATED", visit.version()).then().statusCode(200);
    }

    @Test
    void shouldAuditADueDateMove() {
        long jobId = job();
        MANAGER.task(jobId, "en").update(Map.of("dueAt", "2027-01-05T09:00:00Z")).then().statusCode(200)
                .body("dueAt", equalTo("2027-01-05T09:00:00Z"));

        NEWSROOM.request().get("/api/v1/audit?size=200").then().statusCode(200)
                .body("entries.find { it.action == 'TASK_DUE_CHANGED' && it.target == 'job " + jobId + " task en' }.detail",
                        containsString("→ 2027-01-05T09:00:00Z"));
    }

    // ---- helpers ------------------------------------------------------------------------------------------

    private static void signIn(TarjomanClient person) {
        person.request().get("/api/v1/me").then().statusCode(200);
    }

    private static void assign(long jobId) {
        MANAGER.task(jobId, "en").update(Map.of("translator", TRANSLATOR_NAME, "reviewer", REVIEWER_NAME))
                .then().statusCode(200);
    }

    private static void translateAll(long jobId) {
        TaskClient english = TRANSLATOR.task(jobId, "en");
        TaskClient.Segment visit = english.segmentWithSource(VISIT);
        TaskClient.Segment trade = english.segmentWithSource(TRADE);
        english.save(visit.id(), VISIT_EN, "TRANSLATED", visit.version()).then().statusCode(200);
        english.save(trade.id(), TRADE_EN, "TRANSLATED", trade.version()).then().statusCode(200);
    }

    private static void reviewAll(long jobId) {
        TaskClient english = REVIEWER.task(jobId, "en");
        for (String source : List.of(VISIT, TRADE)) {
            TaskClient.Segment segment = english.segmentWithSource(source);
            english.save(segment.id(), segment.target(), "REVIEWED", segment.version()).then().statusCode(200);
        }
    }

    private static Map<String, Object> myTask(TarjomanClient person, long jobId) {
        return person.request().get("/api/v1/my-work").then().statusCode(200).extract().jsonPath()
                .getMap("find { it.jobId == " + jobId + " }");
    }

    private static List<String> kinds(TarjomanClient person, long jobId) {
        return person.request().get("/api/v1/notifications").then().statusCode(200).extract().jsonPath()
                .getList("notifications.findAll { it.jobId == " + jobId + " }.kind", String.class);
    }

    /** The two-sentence article as a job with an English task writing to a memory of its own. */
    private static long job() {
        String memory = NEWSROOM.memories().create("fa-en-desk-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36),
                "Desk people tests", false);
        return NEWSROOM.submit(ARTICLE).titled("سفر پزشکیان به مسکو").to("en")
                .memories(Map.of("en", Map.of("read", List.of(Map.of("name", memory, "penalty", 0)), "write", memory)))
                .create();
    }
}
