package org.tarjoman.api.account;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.tarjoman.api.testing.Identity.manager;
import static org.tarjoman.api.testing.Identity.reviewer;
import static org.tarjoman.api.testing.Identity.translator;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import org.junit.jupiter.api.Test;
import org.tarjoman.api.testing.TarjomanClient;
import org.tarjoman.api.testing.TaskClient;

/** Who may save in a task: its translator and reviewer, whoever takes a free one in their language, managers, systems. */
@QuarkusTest
class TaskAccessTest {

    private static final TarjomanClient NEWSROOM = new TarjomanClient();

    @Test
    void shouldGiveAnUnassignedTaskToTheTranslatorWhoSavesFirstAndRefuseItToTheNext() {
        long jobId = job();
        TaskClient forMina = NEWSROOM.as(translator("access-mina")).task(jobId, "en");
        JsonPath segments = forMina.segments();

        forMina.save(segments.getLong("segments[0].id"), "The ambassador met the minister.", "DRAFT",
                segments.getLong("segments[0].version")).then().statusCode(200);
        NEWSROOM.jobs().get(jobId).then().body("tasks[0].translator", equalTo("access-mina"));

        NEWSROOM.as(translator("access-navid")).task(jobId, "en").save(segments.getLong("segments[1].id"), "They talked about border trade.",
                        "DRAFT", segments.getLong("segments[1].version"))
                .then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("/problems.html#forbidden")).body("detail", containsString("access-mina"));
        forMina.save(segments.getLong("segments[1].id"), "They talked about border trade.", "DRAFT", segments.getLong("segments[1].version"))
                .then().statusCode(200);
    }

    @Test
    void shouldLetOnlyTheTasksReviewerReviewAndAManagerSaveAnywhere() {
        long jobId = job();
        NEWSROOM.task(jobId, "en").update(Map.of("translator", "access-tara", "reviewer", "access-reza")).then().statusCode(200);
        JsonPath segments = NEWSROOM.task(jobId, "en").segments();
        long id = segments.getLong("segments[0].id");

        NEWSROOM.as(reviewer("access-roya")).task(jobId, "en").save(id, "The ambassador met the minister.", "REVIEWED", 0)
                .then().statusCode(403);
        NEWSROOM.as(reviewer("access-reza")).task(jobId, "en").save(id, "The ambassador met the minister.", "REVIEWED", 0)
                .then().statusCode(200);
        NEWSROOM.as(manager("access-mehdi")).task(jobId, "en").save(id, "The ambassador met the trade minister.", "REVIEWED", 1)
                .then().statusCode(200);
    }

    @Test
    void shouldLetAKeyWithJobsWriteSaveAsASystemButNotAReader() {
        long jobId = job();
        long id = NEWSROOM.task(jobId, "en").segments().getLong("segments[0].id");
        String reader = NEWSROOM.request().contentType(ContentType.JSON)
                .body(Map.of("name", "access-reader", "scopes", List.of("jobs:read"))).post("/api/v1/keys")
                .then().statusCode(201).extract().jsonPath().getString("key");

        NEWSROOM.anonymous().header("Authorization", "Bearer " + reader).contentType(ContentType.JSON)
                .body(Map.of("target", "Met.", "status", "DRAFT", "version", 0))
                .put("/api/v1/jobs/" + jobId + "/tasks/en/segments/" + id).then().statusCode(403);
        NEWSROOM.task(jobId, "en").save(id, "Met.", "DRAFT", 0).then().statusCode(200);
        NEWSROOM.task(jobId, "en").save(id, "Met.", "REVIEWED", 1).then().statusCode(409)
                .body("type", equalTo("/problems.html#status-move"));
    }

    @Test
    void shouldLetOnlyAManagerForceAnImportAndAuditIt() {
        long jobId = job();
        String xliff = NEWSROOM.task(jobId, "en").xliff("2.1");

        NEWSROOM.as(translator("access-sina")).task(jobId, "en").importXliffForced(xliff).then().statusCode(403);
        NEWSROOM.as(manager("access-mehdi")).task(jobId, "en").importXliffForced(xliff).then().statusCode(200);
        NEWSROOM.request().get("/api/v1/audit").then()
                .body("entries.findAll { it.target == 'job " + jobId + " task en' }.action", hasItem("XLIFF_FORCED"));
    }

    private static long job() {
        return NEWSROOM.submit("سفیر ایران در آنکارا با وزیر بازرگانی ترکیه دیدار کرد. دو طرف درباره تجارت مرزی گفتگو کردند.")
                .titled("access").to("en")
                .create();
    }
}
