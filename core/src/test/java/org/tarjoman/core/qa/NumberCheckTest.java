package org.tarjoman.core.qa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tarjoman.core.qa.IrnaSegments.*;

import java.util.List;

import org.junit.jupiter.api.Test;

class NumberCheckTest {

    private static final String EXPORTS = "ارزش صادرات ایران به روسیه ۱٬۲۳۴٫۵ میلیون دلار بود.";

    private static List<Finding> numbers(List<Finding> findings) {
        return findings.stream()
                .filter(f -> f.code() == FindingCode.NUMBER_MISSING || f.code() == FindingCode.NUMBER_EXTRA).toList();
    }

    @Test
    void shouldAcceptFifteenPercentAsFifteenPercentInWordsOrWithASign() {
        assertThat(numbers(Qa.en(TRADE, TRADE_EN))).isEmpty();
        assertThat(numbers(Qa.en(TRADE, TRADE_EN.replace("15 percent", "15%")))).isEmpty();
        assertThat(numbers(Qa.ru(TRADE, TRADE_RU))).isEmpty();
    }

    @Test
    void shouldReportAWrongFigureAsMissingInTheSourceAndExtraInTheTarget() {
        String target = TRADE_EN.replace("about 15 percent", "about 16 percent");

        List<Finding> findings = numbers(Qa.en(TRADE, target));

        assertThat(findings).extracting(Finding::code, Finding::severity).containsExactly(
                org.assertj.core.groups.Tuple.tuple(FindingCode.NUMBER_MISSING, Severity.ERROR),
                org.assertj.core.groups.Tuple.tuple(FindingCode.NUMBER_EXTRA, Severity.WARNING));
        assertThat(findings).extracting(f -> Qa.spanned(f, TRADE, target)).containsExactly("۱۵", "16");
        assertThat(findings.get(0).span().start()).isEqualTo(TRADE.lastIndexOf("۱۵"));
    }

    @Test
    void shouldCountEachOccurrenceSoOneFifteenDoesNotCoverTwo() {
        String target = TRADE_EN.replace("about 15 percent", "about a sixth");

        assertThat(numbers(Qa.en(TRADE, target))).extracting(Finding::code).containsExactly(FindingCode.NUMBER_MISSING);
    }

    @Test
    void shouldAcceptPersianGroupingAndDecimalsInEnglishAndRussianForms() {
        assertThat(numbers(Qa.en(EXPORTS, "Iran's exports to Russia were worth 1,234.5 million dollars."))).isEmpty();
        assertThat(numbers(Qa.ru(EXPORTS, "Экспорт Ирана в Россию составил 1 234,5 млн долларов."))).isEmpty();
        assertThat(numbers(Qa.ru(EXPORTS, "Экспорт Ирана в Россию составил 1\u00A0234,5 млн долларов."))).isEmpty();
        assertThat(numbers(Qa.ru(EXPORTS, "Экспорт Ирана в Россию составил 1\u202F234,5 млн долларов."))).isEmpty();
    }

    @Test
    void shouldTellADifferentDecimalFromTheRightOne() {
        assertThat(numbers(Qa.en(EXPORTS, "Iran's exports to Russia were worth 1,234.6 million dollars.")))
                .extracting(Finding::code).containsExactly(FindingCode.NUMBER_MISSING, FindingCode.NUMBER_EXTRA);
        assertThat(numbers(Qa.en(EXPORTS, "Iran's exports to Russia were worth 12,345 million dollars.")))
                .extracting(Finding::code).containsExactly(FindingCode.NUMBER_MISSING, FindingCode.NUMBER_EXTRA);
    }

    @Test
    void shouldAcceptThousandsWrittenOutOrWithAScaleWord() {
        String source = "۱۵ هزار نفر در مراسم شرکت کردند.";

        assertThat(numbers(Qa.en(source, "15,000 people attended the ceremony."))).isEmpty();
        assertThat(numbers(Qa.en(source, "15 thousand people attended the ceremony."))).isEmpty();
        assertThat(numbers(Qa.ru(source, "В церемонии приняли участие 15 тыс. человек."))).isEmpty();
        assertThat(numbers(Qa.en(source, "1,500 people attended the ceremony."))).hasSize(2);
    }

    @Test
    void shouldReadFiguresTheSourceWritesInWords() {
        assertThat(numbers(Qa.en(VOLUME, VOLUME_EN))).isEmpty();
        assertThat(numbers(Qa.ru(VOLUME, VOLUME_RU))).isEmpty();
        assertThat(numbers(Qa.en(VOLUME, VOLUME_EN.replace("4.5", "3.5"))))
                .extracting(f -> Qa.spanned(f, VOLUME, VOLUME_EN)).hasSize(1);
    }

    @Test
    void shouldAcceptASmallNumberTheTargetWritesInWords() {
        assertThat(numbers(Qa.en(AGREEMENTS, AGREEMENTS_EN))).isEmpty();
        assertThat(numbers(Qa.ru(AGREEMENTS, "Надежда на подготовку двух соглашений о сотрудничестве в области транспорта и газа")))
                .isEmpty();
        assertThat(numbers(Qa.en(AGREEMENTS, "Hopes for three transport and gas cooperation agreements to be ready")))
                .extracting(Finding::code).containsExactly(FindingCode.NUMBER_MISSING);
    }

    @Test
    void shouldAcceptASolarHijriYearAsEitherGregorianYearItSpans() {
        assertThat(numbers(Qa.en(KAZAN, KAZAN_EN))).isEmpty();
        assertThat(numbers(Qa.en(KAZAN, KAZAN_EN.replace("October 2024", "Aban 1403")))).isEmpty();
        assertThat(numbers(Qa.en(KAZAN, KAZAN_EN.replace("October 2024", "October 2023"))))
                .extracting(Finding::code).containsExactly(FindingCode.NUMBER_MISSING, FindingCode.NUMBER_EXTRA);
    }

    @Test
    void shouldLeaveTheNumbersOfADateToTheDateCheck() {
        assertThat(numbers(Qa.en(SIGNING, SIGNING_EN))).isEmpty();
        assertThat(numbers(Qa.en(SIGNING, SIGNING_EN.replace("17 January 2025", "18 January 2025")))).isEmpty();
    }

    @Test
    void shouldCompareTimesAndIgnoreDigitsInNamesAndLinks() {
        String source = "نشست ساعت ۱۰:۳۰ درباره COVID-19 در www.irna.ir/news/85716163 آغاز شد.";

        assertThat(numbers(Qa.en(source, "The meeting on COVID-19 began at 10:30 at www.irna.ir/news/85716163."))).isEmpty();
        assertThat(numbers(Qa.en(source, "The meeting on COVID-19 began at 11:30 at www.irna.ir/news/85716163.")))
                .extracting(Finding::code).containsExactly(FindingCode.NUMBER_MISSING, FindingCode.NUMBER_EXTRA);
    }

    @Test
    void shouldWarnAboutANumberTheSourceDoesNotHave() {
        String target = HEADLINE_EN + " on 3 points";

        assertThat(numbers(Qa.en(HEADLINE, target))).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(FindingCode.NUMBER_EXTRA);
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(Qa.spanned(f, HEADLINE, target)).isEqualTo("3");
        });
    }
}
