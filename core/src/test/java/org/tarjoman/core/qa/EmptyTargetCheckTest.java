package org.tarjoman.core.qa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tarjoman.core.qa.IrnaSegments.HEADLINE;
import static org.tarjoman.core.qa.IrnaSegments.HEADLINE_EN;

import java.util.List;

import org.junit.jupiter.api.Test;

class EmptyTargetCheckTest {

    @Test
    void shouldReportAnEmptyTargetAsAnError() {
        List<Finding> findings = Qa.en(HEADLINE, "");

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(FindingCode.EMPTY_TARGET);
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.span()).isEqualTo(new FindingSpan(Side.TARGET, 0, 0));
        });
    }

    @Test
    void shouldCountOnlySpacesAndInlineCodesAsEmpty() {
        assertThat(Qa.en("<g id=\"1\">سفیر کشورمان</g> گفت", "<g id=\"1\">\u00A0</g> "))
                .extracting(Finding::code).containsExactly(FindingCode.EMPTY_TARGET);
    }

    @Test
    void shouldStayQuietOnATranslatedTarget() {
        assertThat(Qa.of(FindingCode.EMPTY_TARGET, Qa.en(HEADLINE, HEADLINE_EN))).isEmpty();
    }
}
