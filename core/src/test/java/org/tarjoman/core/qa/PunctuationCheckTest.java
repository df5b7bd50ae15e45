package org.tarjoman.core.qa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tarjoman.core.qa.IrnaSegments.*;

import java.util.List;

import org.junit.jupiter.api.Test;

class PunctuationCheckTest {

    private static List<Finding> punctuation(List<Finding> findings) {
        return Qa.of(FindingCode.PUNCTUATION, findings);
    }

    @Test
    void shouldWarnAboutPersianCommasLeftInTheTarget() {
        String target = NEIGHBOURS_EN.replace("history, and", "history، and");

        assertThat(punctuation(Qa.en(NEIGHBOURS, target))).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(Qa.spanned(f, NEIGHBOURS, target)).isEqualTo("،");
        });
    }

    @Test
    void shouldWarnAboutGuillemetsInEnglishButNotInRussian() {
        String source = "وی گفت: «این مناسبات قابل انکار نیست».";

        assertThat(punctuation(Qa.en(source, "He said: «these relations cannot be denied».")))
                .extracting(f -> Qa.spanned(f, source, "He said: «these relations cannot be denied».")).containsExactly("«", "»");
        assertThat(punctuation(Qa.ru(source, "Он сказал: «эти отношения нельзя отрицать»."))).isEmpty();
    }

    @Test
    void shouldWantTheSourcesEndMark() {
        assertThat(punctuation(Qa.en(NEIGHBOURS, NEIGHBOURS_EN.substring(0, NEIGHBOURS_EN.length() - 1)))).hasSize(1);
        assertThat(punctuation(Qa.en(HEADLINE, HEADLINE_EN + "."))).hasSize(1);
        assertThat(punctuation(Qa.en("آیا این مناسبات قابل انکار است؟", "Can these relations be denied?"))).isEmpty();
        assertThat(punctuation(Qa.en("آیا این مناسبات قابل انکار است؟", "Can these relations be denied."))).hasSize(1);
        assertThat(punctuation(Qa.en("وی گفت:", "He said:"))).isEmpty();
    }

    @Test
    void shouldStayQuietOnAGoodTranslation() {
        assertThat(punctuation(Qa.en(NEIGHBOURS, NEIGHBOURS_EN))).isEmpty();
        assertThat(punctuation(Qa.en(HEADLINE, HEADLINE_EN))).isEmpty();
    }
}
