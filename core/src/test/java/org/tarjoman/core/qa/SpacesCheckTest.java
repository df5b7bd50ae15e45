package org.tarjoman.core.qa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tarjoman.core.qa.IrnaSegments.HEADLINE;
import static org.tarjoman.core.qa.IrnaSegments.HEADLINE_EN;

import java.util.List;

import org.junit.jupiter.api.Test;

class SpacesCheckTest {

    private static List<Finding> spaces(String source, String target) {
        return Qa.of(FindingCode.SPACES, Qa.en(source, target));
    }

    @Test
    void shouldWarnAboutDoubleSpaces() {
        String target = HEADLINE_EN.replace("visit to", "visit  to");

        assertThat(spaces(HEADLINE, target)).singleElement()
                .satisfies(f -> assertThat(Qa.spanned(f, HEADLINE, target)).isEqualTo("  "));
    }

    @Test
    void shouldWarnAboutASpaceBeforePunctuation() {
        String target = "Jalali : Pezeshkian's visit to Moscow will be historic";

        assertThat(spaces(HEADLINE, target)).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("':'"));
    }

    @Test
    void shouldWantTheSourcesLeadingAndTrailingSpaces() {
        assertThat(spaces(" " + HEADLINE, HEADLINE_EN)).hasSize(1);
        assertThat(spaces(HEADLINE, HEADLINE_EN + " ")).hasSize(1);
        assertThat(spaces(HEADLINE + " ", HEADLINE_EN + " ")).isEmpty();
    }

    @Test
    void shouldStayQuietOnAGoodTranslation() {
        assertThat(spaces(HEADLINE, HEADLINE_EN)).isEmpty();
    }
}
