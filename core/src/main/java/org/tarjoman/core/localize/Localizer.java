package org.tarjoman.core.localize;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.util.GregorianCalendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;

import org.tarjoman.core.document.Placeable;
import org.tarjoman.core.document.PlaceableType;
import org.tarjoman.core.placeable.PlaceableRecognizer;
import org.tarjoman.core.placeable.RegexPlaceableRecognizer;

/**
 * The source's numbers and dates written the way the target language writes them, with ICU4J's
 * CLDR data (no hand-made separators or month names):
 * <ul>
 *   <li>numbers: {@code ۱٬۲۳۴٫۵} → {@code 1,234.5} (en), {@code 1 234,5} with a no-break space (ru);
 *       {@code ۱۵٪} → {@code 15%} (en), {@code 15 %} (ru);</li>
 *   <li>dates, Solar Hijri converted by the recognizer through ICU's Persian calendar:
 *       {@code ۲۸ دی ماه ۱۴۰۳} → {@code 17 January 2025} (en), {@code 17 января 2025 г.} (ru).</li>
 * </ul>
 * English dates are day-month-year (CLDR's {@code en_GB}), as the newsroom's English desk and most
 * international agencies write them. Thread-safe: ICU formatters, which are not, are made per call.
 */
public final class Localizer {

    private static final String DAY_MONTH_YEAR = "dMMMMy";

    private final PlaceableRecognizer recognizer;

    public Localizer() {
        this(new RegexPlaceableRecognizer());
    }

    public Localizer(PlaceableRecognizer recognizer) {
        this.recognizer = recognizer;
    }

    /** Every number of {@code sourceText} (percentages included), localized. */
    public List<LocalizedPlaceable> numbers(String sourceText, Locale target) {
        List<LocalizedPlaceable> numbers = new ArrayList<>();
        for (Placeable placeable : recognizer.recognize(sourceText)) {
            if (placeable.type() == PlaceableType.NUMBER) {
                numbers.add(new LocalizedPlaceable(placeable.start(), placeable.end(), placeable.text(),
                        localized(placeable, target)));
            }
        }
        return List.copyOf(numbers);
    }

    /** Every date of {@code sourceText} (Solar Hijri or Gregorian), as a Gregorian date of the target locale. */
    public List<LocalizedPlaceable> dates(String sourceText, Locale target) {
        List<LocalizedPlaceable> dates = new ArrayList<>();
        for (Placeable placeable : recognizer.recognize(sourceText)) {
            if (placeable.type() == PlaceableType.DATE) {
                dates.add(new LocalizedPlaceable(placeable.start(), placeable.end(), placeable.text(),
                        localized(placeable, target)));
            }
        }
        return List.copyOf(dates);
    }

    /**
     * A recognised placeable as the target writes it: a number or percentage localized, a date as the
     * target's Gregorian date; any other kind (URL, time, Latin name) as its canonical value.
     */
    public static String localized(Placeable placeable, Locale target) {
        String value = placeable.value();
        return switch (placeable.type()) {
            case NUMBER -> value.endsWith("%") ? percent(new BigDecimal(value.substring(0, value.length() - 1)), target)
                    : number(new BigDecimal(value), target);
            case DATE -> date(LocalDate.parse(value), target);
            default -> value;
        };
    }

    /** {@code 1234.5} → {@code 1,234.5} (en), {@code 1 234,5} (ru); every decimal kept. */
    public static String number(BigDecimal value, Locale target) {
        NumberFormat format = NumberFormat.getNumberInstance(ULocale.forLocale(target));
        format.setMaximumFractionDigits(Math.max(0, value.stripTrailingZeros().scale()));
        return format.format(value);
    }

    /** {@code 15} → {@code 15%} (en), {@code 15 %} (ru). */
    public static String percent(BigDecimal value, Locale target) {
        NumberFormat format = NumberFormat.getPercentInstance(ULocale.forLocale(target));
        format.setMaximumFractionDigits(Math.max(0, value.stripTrailingZeros().scale()));
        return format.format(value.movePointLeft(2));
    }

    /** {@code 2025-01-17} → {@code 17 January 2025} (en), {@code 17 января 2025 г.} (ru). */
    public static String date(LocalDate date, Locale target) {
        ULocale locale = "en".equals(target.getLanguage()) && target.getCountry().isEmpty()
                ? ULocale.UK : ULocale.forLocale(target);
        DateFormat format = DateFormat.getInstanceForSkeleton(DAY_MONTH_YEAR, locale);
        GregorianCalendar calendar = new GregorianCalendar(TimeZone.GMT_ZONE, locale);
        calendar.clear();
        calendar.set(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth());
        format.setTimeZone(TimeZone.GMT_ZONE);
        return format.format(calendar.getTime());
    }
}
