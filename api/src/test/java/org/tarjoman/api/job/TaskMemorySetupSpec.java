package org.tarjoman.api.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import io.restassured.path.json.JsonPath;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tarjoman.api.testing.Identity;
import org.tarjoman.api.testing.TarjomanClient;
import org.tarjoman.api.testing.TaskClient;

/**
 * A manager changes the memories a task reads and writes after the job was made
 * ({@code GET}/{@code PUT /api/v1/jobs/{id}/tasks/{lang}/memories}), checked as a job submission's
 * setup is; on whichever database the concrete class runs (H2 in {@link TaskMemorySetupTest},
 * PostgreSQL in {@link TaskMemorySetupPostgresTest}). Each test makes memories of its own labels.
 */
abstract class TaskMemorySetupSpec {

    private static final TarjomanClient NEWSROOM = new TarjomanClient();
    private static final TarjomanClient MANAGER = NEWSROOM.as(Identity.manager("setup-manager-shirin"));
    private static final TarjomanClient TRANSLATOR = NEWSROOM.as(Identity.translator("setup-translator-kaveh"));
    private static final TarjomanClient REVIEWER = NEWSROOM.as(Identity.reviewer("setup-reviewer-nazanin"));
    private static final AtomicInteger LABELS = new AtomicInteger();

    private static final String FINAL = "تیم ملی فوتبال ایران در فینال جام ملت‌های آسیا به مصاف ژاپن می‌رود.";
    private static final String FINAL_EN = "Iran face Japan in the Asian Cup final.";
    private static final String COACH = "سرمربی تیم ملی پس از بازی با خبرنگاران گفت‌وگو کرد.";
    private static final String COACH_EN = "The head coach spoke to reporters after the match.";
    private static final String ARTICLE = FINAL + " " + COACH;

    private String desk;
    private String reference;

    @BeforeEach
    void makeMemories() {
        desk = memory("fa-en-sport", "میز ورزش");
        reference = memory("fa-en-ref", "مرجع");
    }

    @Test
    void shouldAnswerTheSetupTheJobWasMadeWith() {
        long jobId = job(desk);

        TRANSLATOR.task(jobId, "en").getMemories().then().statusCode(200)
                .body("read.name", equalTo(List.of(desk))).body("read.penalty", equalTo(List.of(0)))
                .body("write", equalTo(desk));
    }

    @Test
    void shouldMatchAndWriteThroughTheNewSetupAtOnceAndAuditWhoChangedIt() {
        NEWSROOM.memory(reference).add(FINAL, FINAL_EN);
        long jobId = job(desk);
        TaskClient english = MANAGER.task(jobId, "en");
        assertThat(english.matches(FINAL).getList("matches")).as("the reference is not read yet").isEmpty();

        english.putMemories(setup(List.of(read(reference, 2), read(desk, 0)), reference)).then().statusCode(200)
                .body("read.name", equalTo(List.of(reference, desk))).body("read.penalty", equalTo(List.of(2, 0)))
                .body("write", equalTo(reference));

        JsonPath matches = english.matches(FINAL);
        assertThat(matches.getList("matches.memory")).containsExactly(reference);
        assertThat(matches.getInt("matches[0].score")).isEqualTo(98);
        assertThat(english.getConcordance("مصاف ژاپن", "source").then().statusCode(200).extract().jsonPath()
                .getList("hits.memory")).containsExactly(reference);
        NEWSROOM.jobs().get(jobId).then().body("tasks[0].memories.write", equalTo(reference));
        NEWSROOM.request().get("/api/v1/audit").then().statusCode(200)
                .body("entries.findAll { it.target == 'job " + jobId + " task en' }.action", hasItem("TASK_MEMORIES_CHANGED"))
                .body("entries.find { it.target == 'job " + jobId + " task en' }.actor", equalTo("setup-manager-shirin"))
                .body("entries.find { it.target == 'job " + jobId + " task en' }.detail", equalTo("read " + desk
                        + " (0); write " + desk + " → read " + reference + " (2), " + desk + " (0); write " + reference));

        english.putMemories(setup(List.of(read(reference, 0)), desk)).then().statusCode(200);
        TaskClient.Segment coach = english.segmentWithSource(COACH);
        english.save(coach.id(), COACH_EN, "TRANSLATED", coach.version()).then().statusCode(200);
        assertThat(NEWSROOM.memories().units(desk)).as("confirmed into the write memory of the new setup").isEqualTo(1);
        assertThat(NEWSROOM.memories().units(reference)).isEqualTo(1);
    }

    @Test
    void shouldTakeThePairsOwnMemoryForWhatTheSetupLeavesOut() {
        long jobId = job(desk);

        MANAGER.task(jobId, "en").putMemories(Map.of()).then().statusCode(200)
                .body("read.name", equalTo(List.of("fa-en"))).body("write", equalTo("fa-en"));
    }

    @Test
    void shouldRefuseEachBadSetupAndChangeNothing() {
        NEWSROOM.memories().change(reference, Map.of("readOnly", true)).then().statusCode(200);
        String russianDesk = memory("fa-ru-sport", "میز ورزش روسی");
        long jobId = job(desk);
        TaskClient english = MANAGER.task(jobId, "en");

        refused(english, setup(List.of(read(russianDesk, 0)), null), 400, "detail",
                "read[0].name: memory '" + russianDesk + "' is fa-ru, not fa-en as the task.");
        refused(english, setup(List.of(read("fa-en-nosuch", 0)), null), 400, "detail", "there is no memory 'fa-en-nosuch'");
        refused(english, setup(List.of(read("fa-en-Sport", 0)), null), 400, "detail", "not a memory name");
        refused(english, setup(List.of(read(desk, 0), read(desk, 2)), null), 400, "detail",
                "read[1].name: memory '" + desk + "' is read twice.");
        refused(english, setup(List.of(read(desk, 101)), null), 400, "errors[0].message", "between 0 and 100");
        refused(english, setup(List.of(read(desk, -1)), null), 400, "errors[0].message", "between 0 and 100");
        refused(english, setup(List.of(read(desk, 0)), "fa-ru"), 400, "detail", "write: memory 'fa-ru' is fa-ru");
        refused(english, setup(List.of(read(reference, 0)), reference), 409, "memory", reference);
        assertThat(NEWSROOM.request().get("/api/v1/audit").then().extract().jsonPath()
                .getList("entries.findAll { it.target == 'job " + jobId + " task en' }")).isEmpty();
    }

    @Test
    void shouldAnswer404ForAnUnknownJobOrTask() {
        long jobId = job(desk);

        MANAGER.task(999_999_999L, "en").putMemories(setup(List.of(read(desk, 0)), desk)).then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString("no job 999999999"));
        MANAGER.task(jobId, "ru").putMemories(setup(List.of(read(desk, 0)), desk)).then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString("no task for language 'ru'"));
        MANAGER.task(jobId, "ru").getMemories().then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void shouldLetOnlyAManagerChangeIt() {
        long jobId = job(desk);

        for (TarjomanClient someone : List.of(TRANSLATOR, REVIEWER)) {
            someone.task(jobId, "en").putMemories(setup(List.of(read(reference, 0)), reference)).then().statusCode(403)
                    .contentType("application/problem+json");
        }

        unchanged(MANAGER.task(jobId, "en"), desk);
    }

    @Test
    void shouldRefuseChangingATaskThatIsDone() {
        long jobId = job(desk);
        TaskClient english = MANAGER.task(jobId, "en");
        english.update(Map.of("closeReason", "خبر از خروجی حذف شد")).then().statusCode(200);

        english.putMemories(setup(List.of(read(reference, 0)), reference)).then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", equalTo("The en task is done (closed: خبر از خروجی حذف شد): its memories stay as they are."));

        unchanged(english, desk);
    }

    private static void refused(TaskClient task, Map<String, ?> setup, int status, String field, String says) {
        task.putMemories(setup).then().statusCode(status).contentType("application/problem+json")
                .body(field, containsString(says));
        unchanged(task, null);
    }

    /** The task still reads and writes the memory it was made with ({@code null}: whatever the job was made with). */
    private static void unchanged(TaskClient task, String memory) {
        JsonPath setup = task.getMemories().then().statusCode(200).extract().jsonPath();
        assertThat(setup.getList("read.name")).hasSize(1);
        if (memory != null) {
            assertThat(setup.getList("read.name")).containsExactly(memory);
            assertThat(setup.getString("write")).isEqualTo(memory);
        }
        assertThat(setup.getString("write")).isEqualTo(setup.getList("read.name").get(0));
    }

    /** A job whose English task reads and writes {@code memory}. */
    private static long job(String memory) {
        return NEWSROOM.submit(ARTICLE).titled("Asian Cup").to("en")
                .memories(Map.of("en", setup(List.of(read(memory, 0)), memory))).create();
    }

    private static Map<String, Object> setup(List<Map<String, Object>> read, String write) {
        Map<String, Object> setup = new HashMap<>(Map.of("read", read));
        if (write != null) {
            setup.put("write", write);
        }
        return setup;
    }

    private static Map<String, Object> read(String name, int penalty) {
        return Map.of("name", name, "penalty", penalty);
    }

    private static String memory(String prefix, String description) {
        return NEWSROOM.memories().create(prefix + "-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36)
                + LABELS.incrementAndGet(), description, false);
    }
}
