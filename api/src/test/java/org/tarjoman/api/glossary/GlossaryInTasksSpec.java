package org.tarjoman.api.glossary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tarjoman.api.glossary.GlossaryApiSpec.term;
import static org.tarjoman.api.glossary.GlossaryApiSpec.uniqueWord;
import static org.tarjoman.api.testing.Identity.manager;
import static org.tarjoman.api.testing.Identity.translator;

import java.util.List;

import io.restassured.path.json.JsonPath;

import org.junit.jupiter.api.Test;
import org.tarjoman.api.testing.GlossaryClient;
import org.tarjoman.api.testing.TarjomanClient;
import org.tarjoman.api.testing.TaskClient;

/**
 * The glossary in a task: the terms of a segment with their spans and entries, and the term checks of
 * QA on save and in the task's report, following every change of the glossary at once — on whichever
 * database the concrete class runs (H2 in {@link GlossaryInTasksTest}, PostgreSQL in
 * {@link GlossaryInTasksPostgresTest}). The name in the article is a word of this test's own, so no
 * other test's glossary entry hits it.
 */
abstract class GlossaryInTasksSpec {

    private static final TarjomanClient NEWSROOM = new TarjomanClient();
    private static final TarjomanClient TRANSLATOR = NEWSROOM.as(translator("glossary-task-translator"));
    private static final GlossaryClient EN = NEWSROOM.as(manager("glossary-task-manager")).glossary("fa-en");

    private static final String HEADLINE = "جلالی: سفر %s به مسکو، تاریخی خواهد بود";
    private static final String BODY = "سفیر کشورمان در فدراسیون روسیه گفت: سفر دکتر مسعود %sِ رئیس جمهوری اسلامی ایران"
            + " به مسکو تاریخی خواهد بود.";

    @Test
    void shouldShowASegmentsTermsWithTheirSpansAndEntries() {
        String name = uniqueWord();
        long id = EN.add(term(name, "Pezeshkian", List.of("Masoud Pezeshkian"), List.of("Pezeshkiyan"), "properNoun",
                "politics", null));
        TaskClient english = TRANSLATOR.task(job(name), "en");
        TaskClient.Segment body = english.segmentWithSource(BODY.formatted(name));

        JsonPath terms = english.getTerms(body.id()).then().statusCode(200).extract().jsonPath();

        assertThat(terms.getString("terms[0].text")).isEqualTo(name + "ِ");
        assertThat(body.source().substring(terms.getInt("terms[0].start"), terms.getInt("terms[0].end")))
                .isEqualTo(name + "ِ");
        assertThat(terms.getLong("terms[0].terms[0].id")).isEqualTo(id);
        assertThat(terms.getString("terms[0].terms[0].target")).isEqualTo("Pezeshkian");
        assertThat(terms.getList("terms[0].terms[0].alternatives")).containsExactly("Masoud Pezeshkian");
        assertThat(terms.getList("terms[0].terms[0].forbidden")).containsExactly("Pezeshkiyan");
    }

    @Test
    void shouldCheckTheGlossaryOnSaveAndInTheReport() {
        String name = uniqueWord();
        EN.add(term(name, "Pezeshkian", List.of(), List.of("Pezeshkiyan"), "properNoun", "politics", null));
        TaskClient english = TRANSLATOR.task(job(name), "en");
        TaskClient.Segment headline = english.segmentWithSource(HEADLINE.formatted(name));
        TaskClient.Segment body = english.segmentWithSource(BODY.formatted(name));

        JsonPath missing = english.save(headline.id(), "Jalali: the President's visit to Moscow will be historic", "DRAFT",
                headline.version()).then().statusCode(200).extract().jsonPath();
        JsonPath forbidden = english.save(body.id(), "Our ambassador to the Russian Federation said: Dr Masoud"
                        + " Pezeshkiyan's visit to Moscow will be historic.", "DRAFT", body.version())
                .then().statusCode(200).extract().jsonPath();

        assertThat(missing.getList("findings.code")).containsExactly("TERM_MISSING");
        assertThat(missing.getString("findings[0].message")).contains(name).contains("Pezeshkian");
        assertThat(forbidden.getList("findings.code")).contains("TERM_FORBIDDEN");
        assertThat(english.getQa().then().statusCode(200).extract().jsonPath().getList("findings.code"))
                .contains("TERM_MISSING", "TERM_FORBIDDEN");
    }

    @Test
    void shouldFollowAChangeOfTheGlossaryAtOnce() {
        String name = uniqueWord();
        TaskClient english = TRANSLATOR.task(job(name), "en");
        TaskClient.Segment headline = english.segmentWithSource(HEADLINE.formatted(name));
        assertThat(english.getTerms(headline.id()).jsonPath().getList("terms")).isEmpty();

        long id = EN.add(term(name, "Pezeshkian", List.of(), List.of(), null, null, null));
        assertThat(english.getTerms(headline.id()).jsonPath().getList("terms.terms[0].target")).containsExactly("Pezeshkian");

        EN.update(id, term(name, "Pezeshkian", List.of("President Pezeshkian"), List.of(), null, null, null))
                .then().statusCode(200);
        assertThat(english.getTerms(headline.id()).jsonPath().getList("terms[0].terms[0].alternatives"))
                .containsExactly("President Pezeshkian");

        EN.delete(id).then().statusCode(204);
        assertThat(english.getTerms(headline.id()).jsonPath().getList("terms")).isEmpty();
    }

    @Test
    void shouldAnswerNotFoundForASegmentOfAnotherJob() {
        String name = uniqueWord();
        TaskClient english = TRANSLATOR.task(job(name), "en");
        long segment = english.segmentWithSource(HEADLINE.formatted(name)).id();

        TRANSLATOR.task(job(uniqueWord()), "en").getTerms(segment).then().statusCode(404)
                .contentType("application/problem+json");
    }

    private static long job(String name) {
        return NEWSROOM.submit(HEADLINE.formatted(name) + "\n\n" + BODY.formatted(name))
                .titled("Pezeshkian's visit to Moscow").to("en").create();
    }
}
