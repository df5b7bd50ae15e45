package org.tarjoman.core.qa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tarjoman.core.qa.IrnaSegments.HEADLINE;
import static org.tarjoman.core.qa.IrnaSegments.HEADLINE_EN;

import org.junit.jupiter.api.Test;

class SameAsSourceCheckTest {

    @Test
    void shouldReportAPersianSourceCopiedIntoTheTargetAlone() {
        assertThat(Qa.en(HEADLINE, " " + HEADLINE + " "))
                .singleElement().satisfies(f -> {
                    assertThat(f.code()).isEqualTo(FindingCode.SAME_AS_SOURCE);
                    assertThat(f.severity()).isEqualTo(Severity.ERROR);
                });
    }

    @Test
    void shouldAcceptACopyOfASourceWithNothingPersianToTranslate() {
        assertThat(Qa.en("BRICS", "BRICS")).isEmpty();
        assertThat(Qa.en("۲۰۲۴", "2024")).isEmpty();
    }

    @Test
    void shouldStayQuietOnATranslation() {
        assertThat(Qa.of(FindingCode.SAME_AS_SOURCE, Qa.en(HEADLINE, HEADLINE_EN))).isEmpty();
    }
}
