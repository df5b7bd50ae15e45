package org.tarjoman.api.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

import org.junit.jupiter.api.Test;
import org.tarjoman.api.testing.Identity;
import org.tarjoman.api.testing.TarjomanClient;
import org.tarjoman.api.testing.TaskClient;

/**
 * A job that reads an ordered list of named memories with penalties and writes to one, on whichever
 * database the concrete class runs (H2 in {@link JobMemoriesTest}, PostgreSQL in {@link JobMemoriesPostgresTest}).
 * Each test makes memories of its own labels; the pair's own memories are left to the other tests.
 */
abstract class JobMemoriesSpec {

    private static final TarjomanClient NEWSROOM = new TarjomanClient();
    private static final TarjomanClient TRANSLATOR = NEWSROOM.as(Identity.translator("desk-translator"));
    private static final AtomicInteger LABELS = new AtomicInteger();

    private static final String FINAL = "تیم ملی فوتبال ایران در فینال جام ملت‌های آسیا به مصاف ژاپن می‌رود.";
    private static final String SEMI = "تیم ملی فوتبال ایران در نیمه‌نهایی جام ملت‌های آسیا به مصاف ژاپن می‌رود.";
    private static final String COACH = "سرمربی تیم ملی پس از بازی با خبرنگاران گفت‌وگو کرد.";
    private static final String ARTICLE = FINAL + " " + COACH;

    @Test
    void shouldSearchTheReadListInOrderTakingEachMemorysPenaltyAndNamingIt() {
        String desk = memory("fa-en-sport", "میز ورزش");
        String reference = memory("fa-en-ref", "مرجع");
        NEWSROOM.memory(desk).add(SEMI, "Iran's national football team faces Japan in the Asian Cup semi-final.");
        NEWSROOM.memory(reference).add(FINAL, "Iran face Japan in the Asian Cup final.");
        NEWSROOM.memories().change(reference, Map.of("readOnly", true)).then().statusCode(200);

        Response created = NEWSROOM.submit(ARTICLE).titled("Asian Cup").to("en")
                .memories(Map.of("en", setup(List.of(read(desk, 0), read(reference, 3)), desk))).post();

        created.then().statusCode(201)
                .body("tasks[0].memories.read.name", equalTo(List.of(desk, reference)))
                .body("tasks[0].memories.read.penalty", equalTo(List.of(0, 3)))
                .body("tasks[0].memories.write", equalTo(desk))
                .body("tasks[0].analysis.exact", equalTo(0));
        TaskClient english = NEWSROOM.task(created.jsonPath().getLong("id"), "en");

        JsonPath matches = english.matches(FINAL);
        assertThat(matches.getList("matches.memory")).containsExactly(reference, desk);
        assertThat(matches.getString("matches[0].kind")).isEqualTo("EXACT");
        assertThat(matches.getInt("matches[0].score")).isEqualTo(97);
        assertThat(matches.getString("matches[1].kind")).isEqualTo("FUZZY");
        assertThat(matches.getInt("matches[1].score")).isLessThan(97);
        assertThat(english.segmentWithSource(FINAL)).satisfies(s -> {
            assertThat(s.target()).isEqualTo("Iran face Japan in the Asian Cup final.");
            assertThat(s.status()).isEqualTo("DRAFT");
        });
        english.getSegments().then().statusCode(200);
        assertThat(NEWSROOM.request().queryParam("matches", true).get("/api/v1/jobs/" + created.jsonPath().getLong("id")
                + "/tasks/en/segments").then().statusCode(200).extract().jsonPath().getList("segments[0].matches.memory"))
                .containsExactly(reference, desk);
    }

    @Test
    void shouldWriteConfirmedSegmentsToTheSetupsWriteMemoryOnly() {
        String desk = memory("fa-en-sport", "میز ورزش");
        String reference = memory("fa-en-ref", "مرجع");
        NEWSROOM.memory(reference).add(FINAL, "Iran face Japan in the Asian Cup final.");
        long jobId = NEWSROOM.submit(ARTICLE).titled("Asian Cup").to("en")
                .memories(Map.of("en", setup(List.of(read(reference, 0)), desk))).create();
        TaskClient english = TRANSLATOR.task(jobId, "en");
        TaskClient.Segment coach = english.segmentWithSource(COACH);

        english.save(coach.id(), "The head coach spoke to reporters after the match.", "TRANSLATED", coach.version())
                .then().statusCode(200);

        assertThat(NEWSROOM.memories().units(desk)).isEqualTo(1);
        assertThat(NEWSROOM.memories().units(reference)).isEqualTo(1);
        assertThat(NEWSROOM.memory(desk).matches(COACH).getString("matches[0].target"))
                .isEqualTo("The head coach spoke to reporters after the match.");
        assertThat(english.matches(COACH).getList("matches")).as("the task reads the reference only").isEmpty();
    }

    @Test
    void shouldRefuseConfirmingWhenTheWriteMemoryWasMadeReadOnlyAndKeepTheSegment() {
        String desk = memory("fa-ru-sport", "میز ورزش روسی");
        long jobId = NEWSROOM.submit(ARTICLE).titled("Asian Cup").to("ru")
                .memories(Map.of("ru", Map.of("write", desk))).create();
        NEWSROOM.memories().change(desk, Map.of("readOnly", true)).then().statusCode(200);
        TaskClient russian = TRANSLATOR.task(jobId, "ru");
        TaskClient.Segment coach = russian.segmentWithSource(COACH);

        russian.save(coach.id(), "Главный тренер поговорил с журналистами после матча.", "TRANSLATED", coach.version())
                .then().statusCode(409).body("type", equalTo("/problems.html#read-only-memory")).body("memory", equalTo(desk));

        assertThat(russian.segmentWithSource(COACH).status()).isEqualTo("NEW");
        assertThat(NEWSROOM.memories().units(desk)).isZero();
    }

    @Test
    void shouldRefuseABadSetupAndCreateNoJob() {
        String reference = memory("fa-en-ref", "مرجع");
        NEWSROOM.memories().change(reference, Map.of("readOnly", true)).then().statusCode(200);
        String russianDesk = memory("fa-ru-sport", "میز ورزش روسی");

        refused(Map.of("en", setup(List.of(read(russianDesk, 0)), null)), 400, "not fa-en");
        refused(Map.of("en", setup(List.of(read("fa-en-nosuch", 0)), null)), 400, "no memory 'fa-en-nosuch'");
        refused(Map.of("en", setup(List.of(read("fa-en-Sport", 0)), null)), 400, "not a memory name");
        refused(Map.of("en", setup(List.of(read(reference, 0), read(reference, 2)), null)), 400, "read twice");
        refused(Map.of("ru", setup(List.of(read("fa-ru", 0)), null)), 400, "not one of the target languages");
        refused(Map.of("en", setup(List.of(read(reference, 101)), null)), 400, "between 0 and 100");
        refused(Map.of("en", setup(List.of(read(reference, 0)), reference)), 409, reference);
    }

    @Test
    void shouldReadAndWriteThePairsOwnMemoryWithoutASetup() {
        long jobId = NEWSROOM.submit(ARTICLE).titled("Asian Cup").to("en").create();

        NEWSROOM.jobs().get(jobId).then().statusCode(200)
                .body("tasks[0].memories.read.name", equalTo(List.of("fa-en")))
                .body("tasks[0].memories.read.penalty", equalTo(List.of(0)))
                .body("tasks[0].memories.write", equalTo("fa-en"));
    }

    private static void refused(Map<String, ?> memories, int status, String detail) {
        String externalId = "asian-cup-" + System.nanoTime();
        NEWSROOM.submit(ARTICLE).titled("Asian Cup").externalId(externalId).to("en").memories(memories).post()
                .then().statusCode(status).contentType("application/problem+json")
                .body(status == 400 && detail.startsWith("between") ? "errors[0].message" : "detail", containsString(detail));
        NEWSROOM.jobs().list(Map.of("q", externalId)).then().statusCode(200).body("total", equalTo(0));
    }

    private static String memory(String prefix, String description) {
        return NEWSROOM.memories().create(prefix + "-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36)
                + LABELS.incrementAndGet(), description, false);
    }

    private static Map<String, Object> setup(List<Map<String, Object>> read, String write) {
        Map<String, Object> setup = new java.util.HashMap<>(Map.of("read", read));
        if (write != null) {
            setup.put("write", write);
        }
        return setup;
    }

    private static Map<String, Object> read(String name, int penalty) {
        return Map.of("name", name, "penalty", penalty);
    }
}
