package org.tarjoman.api.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

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
 * A task's concordance ({@code GET /api/v1/jobs/{id}/tasks/{lang}/concordance}) searches the memories
 * the task reads, in their order, and names the memory of each hit; on whichever database the concrete
 * class runs (H2 in {@link TaskConcordanceTest}, PostgreSQL in {@link TaskConcordancePostgresTest}).
 * Each test makes memories of its own labels, so units of other tests never answer.
 */
abstract class TaskConcordanceSpec {

    private static final TarjomanClient NEWSROOM = new TarjomanClient();
    private static final TarjomanClient TRANSLATOR = NEWSROOM.as(Identity.translator("concordance-translator"));
    private static final AtomicInteger LABELS = new AtomicInteger();

    private static final String COACH = "سرمربی تیم ملی فوتبال پس از بازی با خبرنگاران گفت‌وگو کرد.";
    private static final String COACH_EN = "The head coach of the national football team spoke to reporters after the match.";
    private static final String JAPAN = "تیم ملی فوتبال ایران در فینال به مصاف ژاپن می‌رود.";
    private static final String JAPAN_EN = "Iran's national football team faces Japan in the final.";
    private static final String WOMEN = "تیم ملی فوتبال بانوان به اردوی آماده‌سازی دعوت شد.";
    private static final String WOMEN_EN = "The women's national football team was called to a training camp.";
    private static final String ARTICLE = "تیم ملی فوتبال ایران امروز تمرین کرد.";

    private String desk;
    private String reference;
    private String other;

    @BeforeEach
    void makeMemories() {
        desk = memory("fa-en-sport", "میز ورزش");
        reference = memory("fa-en-ref", "مرجع");
        other = memory("fa-en-women", "فوتبال بانوان");
    }

    @Test
    void shouldFindAPhraseInEveryMemoryTheTaskReadsEarlierMemoriesFirstEachNamed() {
        NEWSROOM.memory(desk).add(COACH, COACH_EN);
        NEWSROOM.memory(reference).add(JAPAN, JAPAN_EN); // newer than the desk's unit, and still after it
        TaskClient english = TRANSLATOR.task(job(), "en");

        JsonPath found = concordance(english, "تیم ملی فوتبال", "source");

        assertThat(found.getList("hits.memory")).containsExactly(desk, reference);
        assertThat(found.getList("hits.unit.memory")).containsExactly(desk, reference);
        assertThat(found.getList("hits.unit.source")).containsExactly(COACH, JAPAN);
        assertThat(COACH.substring(found.getInt("hits[0].start"), found.getInt("hits[0].end"))).isEqualTo("تیم ملی فوتبال");
        assertThat(english.getConcordance(Map.of("q", "تیم ملی فوتبال", "limit", 1)).then().statusCode(200)
                .extract().jsonPath().getList("hits.memory")).as("the first memory's hits fill the limit first")
                .containsExactly(desk);
    }

    @Test
    void shouldFindAPersianPhraseThatOnlyTheSecondMemoryHoldsInAnySpelling() {
        NEWSROOM.memory(desk).add(COACH, COACH_EN);
        NEWSROOM.memory(reference).add(JAPAN, JAPAN_EN);
        TaskClient english = TRANSLATOR.task(job(), "en");

        for (String phrase : List.of("مصاف ژاپن", "مصاف ژاپن می رود", "مصاف ژاپن مي‌رود")) {
            JsonPath found = concordance(english, phrase, "source");
            assertThat(found.getList("hits.memory")).as(phrase).containsExactly(reference);
            assertThat(found.getString("hits[0].unit.target")).isEqualTo(JAPAN_EN);
            assertThat(found.getString("hits[0].side")).isEqualTo("source");
        }
    }

    @Test
    void shouldNotSearchAMemoryTheTaskDoesNotRead() {
        NEWSROOM.memory(other).add(WOMEN, WOMEN_EN);
        TaskClient english = TRANSLATOR.task(job(), "en");

        assertThat(concordance(english, "فوتبال بانوان", "source").getList("hits")).isEmpty();
        assertThat(concordance(english, "training camp", "target").getList("hits")).isEmpty();
        assertThat(NEWSROOM.memory(other).getConcordance("فوتبال بانوان", "source").then().statusCode(200)
                .extract().jsonPath().getList("hits.memory")).as("the unit is there, in a memory the task does not read")
                .containsExactly(other);
    }

    @Test
    void shouldFindATargetPhraseWithItsSpanAndMemory() {
        NEWSROOM.memory(desk).add(COACH, COACH_EN);
        NEWSROOM.memory(reference).add(JAPAN, JAPAN_EN);
        TaskClient english = TRANSLATOR.task(job(), "en");

        JsonPath found = concordance(english, "FACES JAPAN", "target");

        assertThat(found.getList("hits.memory")).containsExactly(reference);
        assertThat(found.getString("hits[0].side")).isEqualTo("target");
        assertThat(JAPAN_EN.substring(found.getInt("hits[0].start"), found.getInt("hits[0].end"))).isEqualTo("faces Japan");
        assertThat(concordance(english, "national football team", "target").getList("hits.memory"))
                .containsExactly(desk, reference);
    }

    @Test
    void shouldAnswerAProblemForAnUnknownJobOrTaskAndABadQuery() {
        long jobId = job();
        TRANSLATOR.task(999_999_999L, "en").getConcordance("تیم ملی", "source").then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString("no job 999999999"));
        TRANSLATOR.task(jobId, "ru").getConcordance("تیم ملی", "source").then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString("no task for language 'ru'"));
        TRANSLATOR.task(jobId, "en").getConcordance("تیم ملی", "both").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("side must be 'source' or 'target'"));
        TRANSLATOR.task(jobId, "en").getConcordance(" ", "source").then().statusCode(400)
                .contentType("application/problem+json").body("detail", equalTo("The concordance query is empty."));
    }

    /** A job whose English task reads the desk's memory, then the reference, and writes to the desk's. */
    private long job() {
        return NEWSROOM.submit(ARTICLE).titled("Team Melli").to("en")
                .memories(Map.of("en", Map.of("read", List.of(Map.of("name", desk, "penalty", 0),
                        Map.of("name", reference, "penalty", 5)), "write", desk))).create();
    }

    private static JsonPath concordance(TaskClient task, String phrase, String side) {
        return task.getConcordance(phrase, side).then().statusCode(200).body("query", equalTo(phrase))
                .extract().jsonPath();
    }

    private static String memory(String prefix, String description) {
        return NEWSROOM.memories().create(prefix + "-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36)
                + LABELS.incrementAndGet(), description, false);
    }
}
