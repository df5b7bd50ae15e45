package org.tarjoman.api.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.tarjoman.api.testing.Identity.translator;

import io.restassured.path.json.JsonPath;

import org.junit.jupiter.api.Test;
import org.tarjoman.api.testing.TarjomanClient;
import org.tarjoman.api.testing.TaskClient;

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
        TaskClient english = TRANSLATOR.task(IrnaJobs.inEnglishWithAnEmptyMemory(NEWSROOM, "fa-en-qa"), "en");
        TaskClient.Segment signing = english.segmentContaining("۲۸ دی ماه ۱۴۰۳");
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
        TaskClient english = TRANSLATOR.task(IrnaJobs.inEnglishWithAnEmptyMemory(NEWSROOM, "fa-en-qa"), "en");
        TaskClient.Segment signing = english.segmentContaining("۲۸ دی ماه ۱۴۰۳");

        english.save(signing.id(), SIGNING_EN.formatted("17 January 2025"), "DRAFT", signing.version())
                .then().statusCode(200)
                .body("findings", org.hamcrest.Matchers.empty());
    }

    @Test
    void shouldReportTheFindingsOfEveryTranslatedSegmentOfTheTask() {
        TaskClient english = TRANSLATOR.task(IrnaJobs.inEnglishWithAnEmptyMemory(NEWSROOM, "fa-en-qa"), "en");
        TaskClient.Segment signing = english.segmentContaining("۲۸ دی ماه ۱۴۰۳");
        TaskClient.Segment volume = english.segmentContaining("چهار و نیم");
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
        long jobId = IrnaJobs.inEnglishWithAnEmptyMemory(NEWSROOM, "fa-en-qa");
        TRANSLATOR.task(999_999_999L, "en").getQa().then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString("no job 999999999"));
        TRANSLATOR.task(jobId, "ru").getQa().then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString("no task for language 'ru'"));
    }
}
