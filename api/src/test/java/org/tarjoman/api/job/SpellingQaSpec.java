package org.tarjoman.api.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tarjoman.api.testing.Identity.translator;

import jakarta.inject.Inject;

import io.restassured.path.json.JsonPath;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tarjoman.api.testing.TarjomanClient;
import org.tarjoman.api.testing.TaskClient;

/**
 * Spelling on the server (LanguageTool, {@code tarjoman.qa.spelling.enabled}): a save whose target has a
 * misspelled word answers with a SPELLING warning on it, and the task's QA report lists it, while the
 * article's names (Pezeshkian, Jalali, IRNA, Aran News) stay unflagged. H2 in {@link SpellingQaTest},
 * PostgreSQL in {@link SpellingQaPostgresTest}.
 */
abstract class SpellingQaSpec {

    private static final TarjomanClient NEWSROOM = new TarjomanClient();
    private static final TarjomanClient TRANSLATOR = NEWSROOM.as(translator("spelling-translator"));

    private static final String SIGNING_EN = "According to Aran News, quoting IRNA, Kazem Jalali told IRNA's correspondent in"
            + " Moscow, referring to the plans for the signing of the comprehensive cooperation %s between the"
            + " Islamic Republic of Iran and the Russian Federation on 17 January 2025 by Presidents Masoud Pezeshkian and"
            + " Vladimir Putin, that relations between Tehran and Moscow are moving forward on the basis of two elements,"
            + " neighbourliness and common approaches to regional and international issues.";

    @Inject
    SegmentQa qa;

    /** As the app's warm-up after start does: the first save would otherwise wait for LanguageTool to load. */
    @BeforeEach
    void loadLanguageTool() {
        qa.warmUpSpelling();
    }

    @Test
    void shouldAnswerASaveWithAMisspellingWithASpellingWarning() {
        TaskClient english = TRANSLATOR.task(IrnaJobs.inEnglishWithAnEmptyMemory(NEWSROOM, "fa-en-spelling"), "en");
        TaskClient.Segment signing = english.segmentContaining("۲۸ دی ماه ۱۴۰۳");
        String misspelled = SIGNING_EN.formatted("agrement");

        JsonPath saved = english.save(signing.id(), misspelled, "DRAFT", signing.version()).then().statusCode(200)
                .extract().jsonPath();

        assertThat(saved.getList("findings.code")).containsExactly("SPELLING");
        assertThat(saved.getString("findings[0].severity")).isEqualTo("warning");
        assertThat(saved.getString("findings[0].message")).contains("agrement").contains("agreement");
        assertThat(saved.getString("findings[0].span.side")).isEqualTo("target");
        assertThat(misspelled.substring(saved.getInt("findings[0].span.start"), saved.getInt("findings[0].span.end")))
                .isEqualTo("agrement");

        JsonPath report = english.getQa().then().statusCode(200).extract().jsonPath();
        assertThat(report.getList("findings.code")).containsExactly("SPELLING");
        assertThat(report.getList("findings.segmentId", Long.class)).containsExactly(signing.id());
    }

    @Test
    void shouldAnswerACorrectTranslationFullOfNamesWithNoFindings() {
        TaskClient english = TRANSLATOR.task(IrnaJobs.inEnglishWithAnEmptyMemory(NEWSROOM, "fa-en-spelling"), "en");
        TaskClient.Segment signing = english.segmentContaining("۲۸ دی ماه ۱۴۰۳");

        english.save(signing.id(), SIGNING_EN.formatted("agreement"), "DRAFT", signing.version())
                .then().statusCode(200)
                .body("findings", org.hamcrest.Matchers.empty());
    }
}
