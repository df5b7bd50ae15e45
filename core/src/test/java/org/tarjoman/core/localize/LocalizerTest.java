package org.tarjoman.core.localize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class LocalizerTest {

    private static final Locale EN = Locale.ENGLISH;
    private static final Locale RU = Locale.forLanguageTag("ru");
    private final Localizer localizer = new Localizer();

    @Test
    void shouldWritePersianNumbersWithTheTargetsSeparators() {
        String source = "ارزش صادرات ۱٬۲۳۴٫۵ میلیون دلار و رشد آن ۱۵٪ بود.";

        assertThat(localizer.numbers(source, EN)).extracting(LocalizedPlaceable::text, LocalizedPlaceable::localized)
                .containsExactly(tuple("۱٬۲۳۴٫۵", "1,234.5"), tuple("۱۵٪", "15%"));
        assertThat(localizer.numbers(source, RU)).extracting(LocalizedPlaceable::localized)
                .containsExactly("1\u00A0234,5", "15\u00A0%");
    }

    @Test
    void shouldKeepEveryDecimalAndNoMore() {
        assertThat(Localizer.number(new BigDecimal("2.25"), EN)).isEqualTo("2.25");
        assertThat(Localizer.number(new BigDecimal("12500"), EN)).isEqualTo("12,500");
        assertThat(Localizer.number(new BigDecimal("4.5"), RU)).isEqualTo("4,5");
    }

    /** CLDR keeps "г." on the year's line with a narrow no-break space (U+202F), as Russian typography wants. */
    @Test
    void shouldWriteASolarHijriDateAsTheGregorianDayOfTheTarget() {
        String source = "امضای موافقت‌نامه جامع در ۲۸ دی ماه ۱۴۰۳ توسط مسعود پزشکیان";

        assertThat(localizer.dates(source, EN)).singleElement().satisfies(date -> {
            assertThat(date.text()).isEqualTo("۲۸ دی ماه ۱۴۰۳");
            assertThat(source.substring(date.start(), date.end())).isEqualTo("۲۸ دی ماه ۱۴۰۳");
            assertThat(date.localized()).isEqualTo("17 January 2025");
        });
        assertThat(localizer.dates(source, RU)).extracting(LocalizedPlaceable::localized)
                .containsExactly("17 января 2025\u202Fг.");
    }

    @Test
    void shouldWriteDatesOfTheWholeYear() {
        assertThat(Localizer.date(LocalDate.of(2025, 3, 21), EN)).isEqualTo("21 March 2025");
        assertThat(Localizer.date(LocalDate.of(2024, 5, 1), RU)).isEqualTo("1 мая 2024\u202Fг.");
    }

    @Test
    void shouldFindNoDateInAnImpossibleOne() {
        assertThat(localizer.dates("در ۳۱ اسفند ۱۴۰۳", EN)).isEmpty();
    }
}
