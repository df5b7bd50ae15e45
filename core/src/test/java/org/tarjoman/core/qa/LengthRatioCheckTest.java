package org.tarjoman.core.qa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tarjoman.core.qa.IrnaSegments.*;

import org.junit.jupiter.api.Test;

class LengthRatioCheckTest {

    @Test
    void shouldWarnAboutAHalfTranslatedTarget() {
        assertThat(Qa.of(FindingCode.LENGTH_RATIO, Qa.en(NEIGHBOURS, "He said: the two countries have had relations.")))
                .singleElement().satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.WARNING);
                    assertThat(f.message()).contains("0.26");
                });
    }

    @Test
    void shouldWarnAboutATargetWrittenTwice() {
        assertThat(Qa.of(FindingCode.LENGTH_RATIO, Qa.en(VOLUME, VOLUME_EN + " " + VOLUME_EN + " " + VOLUME_EN))).hasSize(1);
    }

    @Test
    void shouldAcceptRealTranslationsInEitherLanguage() {
        assertThat(Qa.of(FindingCode.LENGTH_RATIO, Qa.en(SIGNING, SIGNING_EN))).isEmpty();
        assertThat(Qa.of(FindingCode.LENGTH_RATIO, Qa.ru(SIGNING, SIGNING_RU))).isEmpty();
    }

    @Test
    void shouldLeaveShortSourcesAlone() {
        assertThat(Qa.of(FindingCode.LENGTH_RATIO, Qa.en("روسیه", "the Russian Federation"))).isEmpty();
    }
}
