package org.tarjoman.api.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.tarjoman.api.testing.Identity.translator;

import java.util.List;
import java.util.Map;

import io.restassured.path.json.JsonPath;

import org.junit.jupiter.api.Test;
import org.tarjoman.api.testing.TarjomanClient;
import org.tarjoman.api.testing.TaskClient;
import org.tarjoman.api.testing.TestData;

/**
 * QA on the server: a segment save answers with the saved target's findings, and
 * {@code GET /api/v1/jobs/{id}/tasks/{lang}/qa} reports the findings of every translated segment of the
 * task, on whichever database the concrete class runs (H2 in {@link TaskQaTest}, PostgreSQL in
 * {@link TaskQaPostgresTest}). Saves are DRAFTs, so the shared memories stay as other tests expect them.
 */
abstract class TaskQaSpec {

    private static final TarjomanClient NEWSROOM = new TarjomanClient();
    private static final TarjomanClient TRANSLATOR = NEWSROOM.as(translator("qa-translator"));

    private static final String SIGNING_EN = "According to Aran News, quoting IRNA, Kazem Jalali told IRNA's correspondent in"
            + " Moscow, referring to the plans for the signing of the comprehensive cooperation agreement between the"
            + " Islamic Republic of Iran and the Russian Federation on %s by Presidents Masoud Pezeshkian and Vladimir"
            + " Putin, that relations between Tehran and Moscow are moving forward on the basis of two elements,"
            + " neighbourliness and common approaches to regional and international issues.";
    private static final String VOLUME_EN = "The Iranian diplomat added: official figures for trade between Iran and"
            + " Russia in 2024 are expected to be between 4.5 and %s billion dollars.";

    @Test
    void shouldAnswerASaveWithTheFindingsOfItsTarget() {
        TaskClient english = TRANSLATOR.task(job(), "en");
        TaskClient.Segment signing = segmentContaining(english, "۲۸ دی ماه ۱۴۰۳");
        String wrong = SIGNING_EN.formatted("18 January 2025");

        JsonPath saved = english.save(signing.id(), wrong, "DRAFT", signing.version()).then().statusCode(200)
                .extract().jsonPath();

        assertThat(saved.getList("findings.code")).containsExactly("DATE_MISMATCH");
        assertThat(saved.getString("findings[0].severity")).isEqualTo("error");
        assertThat(saved.getLong("findings[0].segmentId")).isEqualTo(signing.id());
        assertThat(saved.getString("findings[0].message")).contains("۲۸ دی ماه ۱۴۰۳").contains("17 January 2025");
        assertThat(saved.getString("findings[0].span.side")).isEqualTo("target");
        assertThat(wrong.substring(saved.getInt("findings[0].span.start"), saved.getInt("findings[0].span.end")))
                .isEqualTo("18 January 2025");
        assertThat(saved.getString("target")).as("the save itself is kept").isEqualTo(wrong);
    }

    @Test
    void shouldAnswerARightTranslationWithNoFindings() {
        TaskClient english = TRANSLATOR.task(job(), "en");
        TaskClient.Segment signing = segmentContaining(english, "۲۸ دی ماه ۱۴۰۳");

        english.save(signing.id(), SIGNING_EN.formatted("17 January 2025"), "DRAFT", signing.version())
                .then().statusCode(200)
                .body("findings", org.hamcrest.Matchers.empty());
    }

    @Test
    void shouldReportTheFindingsOfEveryTranslatedSegmentOfTheTask() {
        TaskClient english = TRANSLATOR.task(job(), "en");
        TaskClient.Segment signing = segmentContaining(english, "۲۸ دی ماه ۱۴۰۳");
        TaskClient.Segment volume = segmentContaining(english, "چهار و نیم");
        english.save(signing.id(), SIGNING_EN.formatted("17 January 2025"), "DRAFT", signing.version())
                .then().statusCode(200);
        english.save(volume.id(), VOLUME_EN.formatted("6"), "DRAFT", volume.version()).then().statusCode(200);

        JsonPath report = english.getQa().then().statusCode(200).extract().jsonPath();

        assertThat(report.getList("findings.segmentId", Long.class)).containsExactly(volume.id());
        assertThat(report.getList("findings.code")).containsExactly("NUMBER_EXTRA");
        assertThat(report.getString("findings[0].severity")).isEqualTo("warning");
        assertThat(report.getString("findings[0].message")).contains("6");
    }

    @Test
    void shouldAnswerAProblemForAnUnknownJobOrTask() {
        long jobId = job();
        TRANSLATOR.task(999_999_999L, "en").getQa().then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString("no job 999999999"));
        TRANSLATOR.task(jobId, "ru").getQa().then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString("no task for language 'ru'"));
    }

    /** The IRNA article as a job with an English task whose memories hold nothing of it. */
    private static long job() {
        String memory = NEWSROOM.memories().create("fa-en-qa-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36),
                "QA tests", false);
        return NEWSROOM.submit(TestData.irnaMoscowVisit()).titled("Pezeshkian's visit to Moscow").to("en")
                .memories(Map.of("en", Map.of("read", List.of(Map.of("name", memory, "penalty", 0)), "write", memory)))
                .create();
    }

    private static TaskClient.Segment segmentContaining(TaskClient task, String fragment) {
        List<Map<String, Object>> segments = task.segments().getList("segments");
        Map<String, Object> found = segments.stream().filter(s -> ((String) s.get("source")).contains(fragment))
                .findFirst().orElseThrow();
        return task.segment(((Number) found.get("id")).longValue());
    }
}
