package org.tarjoman.core.qa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tarjoman.core.qa.IrnaSegments.*;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The whole set of checks on real segments: good translations pass clean; spans point into tagged text. */
class SegmentCheckTest {

    @Test
    void shouldFindNothingInGoodEnglishTranslationsOfTheIrnaArticle() {
        assertThat(Qa.en(HEADLINE, HEADLINE_EN)).isEmpty();
        assertThat(Qa.en(SIGNING, SIGNING_EN)).isEmpty();
        assertThat(Qa.en(TRADE, TRADE_EN)).isEmpty();
        assertThat(Qa.en(VOLUME, VOLUME_EN)).isEmpty();
        assertThat(Qa.en(KAZAN, KAZAN_EN)).isEmpty();
        assertThat(Qa.en(AGREEMENTS, AGREEMENTS_EN)).isEmpty();
        assertThat(Qa.en(NEIGHBOURS, NEIGHBOURS_EN)).isEmpty();
    }

    @Test
    void shouldFindNothingInGoodRussianTranslationsOfTheIrnaArticle() {
        assertThat(Qa.ru(SIGNING, SIGNING_RU)).isEmpty();
        assertThat(Qa.ru(TRADE, TRADE_RU)).isEmpty();
        assertThat(Qa.ru(VOLUME, VOLUME_RU)).isEmpty();
    }

    @Test
    void shouldReportAnEmptyTargetAlone() {
        assertThat(Qa.en(SIGNING, "")).extracting(Finding::code).containsExactly(FindingCode.EMPTY_TARGET);
    }

    @Test
    void shouldGiveSpansInTheTaggedTextWithCodesAndReferences() {
        String source = "<g id=\"1\">سفیر کشورمان</g> گفت: همکاری در حمل &amp; نقل ۱۶ درصد رشد کرد.";
        String target = "<g id=\"1\">Our ambassador</g> said: cooperation in transport &amp; shipping grew by 15%.";

        List<Finding> findings = Qa.en(source, target);

        assertThat(findings).extracting(Finding::code)
                .containsExactlyInAnyOrder(FindingCode.NUMBER_MISSING, FindingCode.NUMBER_EXTRA);
        assertThat(findings).extracting(f -> Qa.spanned(f, source, target)).containsExactlyInAnyOrder("۱۶", "15");
    }

    @Test
    void shouldReadTheTargetLanguageFromItsCode() {
        assertThat(TargetLanguage.of("en")).isEqualTo(TargetLanguage.EN);
        assertThat(TargetLanguage.of("ru-RU")).isEqualTo(TargetLanguage.RU);
    }
}
