package org.tarjoman.core.qa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tarjoman.core.qa.IrnaSegments.HEADLINE;
import static org.tarjoman.core.qa.IrnaSegments.HEADLINE_EN;

import java.util.List;

import org.junit.jupiter.api.Test;

class UntranslatedScriptCheckTest {

    @Test
    void shouldReportEachRunOfPersianWordsLeftInTheTarget() {
        String target = "Jalali: پزشکیان's visit to Moscow will be تاریخی خواهد بود";

        List<Finding> findings = Qa.of(FindingCode.UNTRANSLATED_SCRIPT, Qa.en(HEADLINE, target));

        assertThat(findings).extracting(f -> Qa.spanned(f, HEADLINE, target))
                .containsExactly("پزشکیان", "تاریخی خواهد بود");
        assertThat(findings).allMatch(f -> f.severity() == Severity.ERROR);
    }

    @Test
    void shouldWarnAboutPersianDigitsInARussianTarget() {
        String source = "حجم تجارت دو کشور در سال ۲۰۲۴ روندی صعودی داشت.";
        String target = "В ۲۰۲۴ году объём торговли двух стран рос.";

        List<Finding> findings = Qa.of(FindingCode.UNTRANSLATED_SCRIPT, Qa.ru(source, target));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(Qa.spanned(f, source, target)).isEqualTo("۲۰۲۴");
        });
        assertThat(Qa.of(FindingCode.NUMBER_MISSING, Qa.ru(source, target))).isEmpty();
    }

    @Test
    void shouldStayQuietOnAnEnglishTarget() {
        assertThat(Qa.of(FindingCode.UNTRANSLATED_SCRIPT, Qa.en(HEADLINE, HEADLINE_EN))).isEmpty();
    }
}
