package org.tarjoman.core.placeable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.tarjoman.core.document.Placeable;
import org.tarjoman.core.document.PlaceableType;
import org.tarjoman.core.testing.TestData;

class RegexPlaceableRecognizerTest {

    private final PlaceableRecognizer recognizer = new RegexPlaceableRecognizer();

    /** The placeables of {@code in}, as {@code type, text, value}, with their spans checked. */
    private void check(String in, Object... expected) {
        List<Placeable> placeables = recognizer.recognize(in);
        assertSpansExact(in, placeables);
        List<Tuple> tuples = new ArrayList<>();
        for (int i = 0; i < expected.length; i += 3) {
            tuples.add(tuple(expected[i], expected[i + 1], expected[i + 2]));
        }
        assertThat(placeables).as("placeables of %s", in)
                .extracting(Placeable::type, Placeable::text, Placeable::value)
                .containsExactlyElementsOf(tuples);
    }

    private static void assertSpansExact(String text, List<Placeable> placeables) {
        int previousEnd = 0;
        for (Placeable p : placeables) {
            assertThat(text.substring(p.start(), p.end())).as("span of %s in %s", p, text).isEqualTo(p.text());
            assertThat(p.start()).as("ordered, non-overlapping: %s in %s", p, text).isGreaterThanOrEqualTo(previousEnd);
            previousEnd = p.end();
        }
    }

    @Test
    void shouldRecognizeSolarHijriDateWithMonthNameAsGregorianIsoDate() {
        check("امضای موافقتنامه جامع در ۲۸ دی ماه ۱۴۰۳ توسط مسعود پزشکیان",
                PlaceableType.DATE, "۲۸ دی ماه ۱۴۰۳", "2025-01-17");
        check("در ۲۸ دی ۱۴۰۳", PlaceableType.DATE, "۲۸ دی ۱۴۰۳", "2025-01-17");
        check("در ۲۸ دی‌ماه ۱۴۰۳", PlaceableType.DATE, "۲۸ دی‌ماه ۱۴۰۳", "2025-01-17");
        check("روز ۱ فروردین ۱۴۰۴", PlaceableType.DATE, "۱ فروردین ۱۴۰۴", "2025-03-21");
    }

    @Test
    void shouldRecognizeNumericSolarHijriDates() {
        check("تاریخ ۱۴۰۳.۱۰.۲۸ است", PlaceableType.DATE, "۱۴۰۳.۱۰.۲۸", "2025-01-17");
        check("تاریخ 1403/10/28 است", PlaceableType.DATE, "1403/10/28", "2025-01-17");
        check("تاریخ ۱۴۰۳/۱۲/۳۰", PlaceableType.DATE, "۱۴۰۳/۱۲/۳۰", "2025-03-20");
    }

    @Test
    void shouldRecognizeGregorianDates() {
        check("در 2025-01-17 امضا شد", PlaceableType.DATE, "2025-01-17", "2025-01-17");
        check("در 17 January 2025 امضا شد", PlaceableType.DATE, "17 January 2025", "2025-01-17");
        check("در January 17, 2025 امضا شد", PlaceableType.DATE, "January 17, 2025", "2025-01-17");
        check("روز ۱۷ ژانویه ۲۰۲۵", PlaceableType.DATE, "۱۷ ژانویه ۲۰۲۵", "2025-01-17");
    }

    @Test
    void shouldNotRecognizeDayThatDoesNotExist() {
        check("۱۴۰۲/۱۲/۳۰", PlaceableType.NUMBER, "۱۴۰۲", "1402", PlaceableType.NUMBER, "۱۲/۳۰", "12.30");
        check("2025-02-30", PlaceableType.NUMBER, "2025", "2025", PlaceableType.NUMBER, "02", "02",
                PlaceableType.NUMBER, "30", "30");
    }

    @Test
    void shouldTreatYearAloneAndMonthWithoutDayAsNumber() {
        check("نتایج سال ۲۰۲۴ خود", PlaceableType.NUMBER, "۲۰۲۴", "2024");
        check("پیش از این آبان ماه ۱۴۰۳ با هدف", PlaceableType.NUMBER, "۱۴۰۳", "1403");
    }

    @Test
    void shouldRecognizeIntegers() {
        check("پیشبینی رشد ۱۵ درصدی تجارت", PlaceableType.NUMBER, "۱۵", "15");
        check("آماده شدن ۲ موافقتنامه", PlaceableType.NUMBER, "۲", "2");
        check("١٤٠٣", PlaceableType.NUMBER, "١٤٠٣", "1403");
    }

    @Test
    void shouldRecognizeDecimalsWithAnySeparator() {
        check("رشد ۳.۵ درصد", PlaceableType.NUMBER, "۳.۵", "3.5");
        check("رشد ۴٫۲ درصد", PlaceableType.NUMBER, "۴٫۲", "4.2");
        check("index 85.32", PlaceableType.LATIN, "index", "index", PlaceableType.NUMBER, "85.32", "85.32");
        check("۲/۵ میلیارد دلار", PlaceableType.NUMBER, "۲/۵", "2.5");
    }

    @Test
    void shouldDropGroupingSeparatorsFromValue() {
        check("۱۲٬۵۰۰ تن", PlaceableType.NUMBER, "۱۲٬۵۰۰", "12500");
        check("1,250,000.5 tons", PlaceableType.NUMBER, "1,250,000.5", "1250000.5", PlaceableType.LATIN, "tons", "tons");
    }

    @Test
    void shouldKeepPercentSignWithNumber() {
        check("رشد ۱۵% بود", PlaceableType.NUMBER, "۱۵%", "15%");
        check("رشد ۱۵٪ بود", PlaceableType.NUMBER, "۱۵٪", "15%");
    }

    @Test
    void shouldNotTakeSentenceFullStopIntoNumber() {
        check("در سال ۲۰۲۴.", PlaceableType.NUMBER, "۲۰۲۴", "2024");
    }

    @Test
    void shouldRecognizeTimes() {
        check("ساعت ۱۰:۳۰ صبح", PlaceableType.TIME, "۱۰:۳۰", "10:30");
        check("at 9:05:07", PlaceableType.LATIN, "at", "at", PlaceableType.TIME, "9:05:07", "09:05:07");
    }

    @Test
    void shouldNotRecognizeImpossibleTime() {
        check("۲۵:۹۹", PlaceableType.NUMBER, "۲۵", "25", PlaceableType.NUMBER, "۹۹", "99");
    }

    @Test
    void shouldRecognizeUrlsWithoutTrailingPunctuation() {
        check("به نقل از https://www.irna.ir/news/85732/ گزارش داد",
                PlaceableType.URL, "https://www.irna.ir/news/85732/", "https://www.irna.ir/news/85732/");
        check("سایت www.irna.ir.", PlaceableType.URL, "www.irna.ir", "www.irna.ir");
        check("(http://kremlin.ru)،", PlaceableType.URL, "http://kremlin.ru", "http://kremlin.ru");
    }

    @Test
    void shouldRecognizeEmailAsOnePlaceable() {
        check("با info@irna.ir تماس بگیرید", PlaceableType.EMAIL, "info@irna.ir", "info@irna.ir");
        check("news.desk@www.example.com", PlaceableType.EMAIL, "news.desk@www.example.com", "news.desk@www.example.com");
    }

    @Test
    void shouldRecognizeRunOfLatinWordsAsOnePlaceable() {
        check("ولادیمیر پوتین (Vladimir Putin) گفت",
                PlaceableType.LATIN, "Vladimir Putin", "Vladimir Putin");
        check("عضو گروه BRICS است", PlaceableType.LATIN, "BRICS", "BRICS");
    }

    @Test
    void shouldSeparateLatinWordsSeparatedByPersianWords() {
        check("«MWP با Twp و Pwp هم‌قافیه است»",
                PlaceableType.LATIN, "MWP", "MWP", PlaceableType.LATIN, "Twp", "Twp", PlaceableType.LATIN, "Pwp", "Pwp");
    }

    @Test
    void shouldKeepDigitsAndDotsInsideLatinTokens() {
        check("بیماری COVID-19 شیوع", PlaceableType.LATIN, "COVID-19", "COVID-19");
        check("سازمان U.N. گفت", PlaceableType.LATIN, "U.N.", "U.N.");
        check("the U.N. said.", PlaceableType.LATIN, "the U.N. said", "the U.N. said");
    }

    @Test
    void shouldFindNothingInPlainPersianOrEmptyText() {
        check("");
        check("سفیر کشورمان در فدراسیون روسیه گفت");
    }

    @Test
    void shouldGiveExactOrderedSpansOnWholeArticles() throws IOException {
        for (Path file : List.of(TestData.irnaArticle(), TestData.ntrexPersian())) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                assertSpansExact(line, recognizer.recognize(line));
            }
        }
    }
}
