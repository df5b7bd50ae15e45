package org.tarjoman.core.qa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tarjoman.core.qa.IrnaSegments.HEADLINE;
import static org.tarjoman.core.qa.IrnaSegments.HEADLINE_EN;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Term checks read the glossary's hits as the caller hands them over; core recognises no terms itself. */
class TermCheckTest {

    private static final SegmentCheck CHECK = new SegmentCheck();
    private static final int AT = HEADLINE.indexOf("پزشکیان");
    private static final TermHit PEZESHKIAN_EN = new TermHit(AT, AT + "پزشکیان".length(), "پزشکیان",
            List.of("Pezeshkian"), List.of("Pezeshkiyan", "Pezeshkyan"));
    private static final TermHit PEZESHKIAN_RU = new TermHit(AT, AT + "پزشکیان".length(), "پزشکیان",
            List.of("Пезешкиан"), List.of("Пезешкян"));

    private static List<Finding> terms(String target, TargetLanguage language, TermHit hit) {
        return CHECK.check(HEADLINE, target, language, List.of(hit)).stream()
                .filter(f -> f.code() == FindingCode.TERM_MISSING || f.code() == FindingCode.TERM_FORBIDDEN).toList();
    }

    @Test
    void shouldAcceptTheAllowedTranslationInAnyCase() {
        assertThat(terms(HEADLINE_EN, TargetLanguage.EN, PEZESHKIAN_EN)).isEmpty();
        assertThat(terms(HEADLINE_EN.toUpperCase(), TargetLanguage.EN, PEZESHKIAN_EN)).isEmpty();
    }

    @Test
    void shouldAcceptARussianCaseEnding() {
        assertThat(terms("Джалали: визит Пезешкиана в Москву будет историческим", TargetLanguage.RU, PEZESHKIAN_RU))
                .isEmpty();
    }

    @Test
    void shouldWarnOnTheSourceTermWhenNoAllowedTranslationIsThere() {
        List<Finding> findings = terms("Jalali: the President's visit to Moscow will be historic", TargetLanguage.EN,
                PEZESHKIAN_EN);

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(FindingCode.TERM_MISSING);
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(Qa.spanned(f, HEADLINE, "")).isEqualTo("پزشکیان");
        });
    }

    @Test
    void shouldReportAForbiddenTranslationAsAnErrorWhereItStands() {
        String target = "Jalali: Pezeshkiyan's visit to Moscow will be historic";

        List<Finding> findings = terms(target, TargetLanguage.EN, PEZESHKIAN_EN);

        assertThat(findings).extracting(Finding::code)
                .containsExactly(FindingCode.TERM_MISSING, FindingCode.TERM_FORBIDDEN);
        assertThat(Qa.spanned(findings.get(1), HEADLINE, target)).isEqualTo("Pezeshkiyan");
        assertThat(findings.get(1).severity()).isEqualTo(Severity.ERROR);
    }

    @Test
    void shouldNotTakeAWordThatOnlyStartsLikeTheTermForIt() {
        assertThat(terms("Jalali: Pezeshkianism will be historic", TargetLanguage.EN, PEZESHKIAN_EN))
                .extracting(Finding::code).containsExactly(FindingCode.TERM_MISSING);
    }
}
