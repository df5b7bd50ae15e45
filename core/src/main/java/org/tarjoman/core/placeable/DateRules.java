package org.tarjoman.core.placeable;

import static org.tarjoman.core.normalize.PersianChars.ARABIC_KAF;
import static org.tarjoman.core.normalize.PersianChars.ARABIC_YEH;
import static org.tarjoman.core.normalize.PersianChars.FARSI_YEH;
import static org.tarjoman.core.normalize.PersianChars.KEHEH;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

import org.tarjoman.core.document.PlaceableType;
import org.tarjoman.core.normalize.PersianChars;

/**
 * Dates with a day, a month and a year, in the forms of Persian and English news. The value is
 * the ISO-8601 Gregorian date: {@code ۲۸ دی ماه ۱۴۰۳} → {@code 2025-01-17}.
 * <ul>
 *   <li>year first, digits, one separator {@code / . -}: {@code ۱۴۰۳/۱۰/۲۸}, {@code 2025-01-17}; years
 *       {@value #FIRST_SOLAR_HIJRI_YEAR}–{@value #LAST_SOLAR_HIJRI_YEAR} are Solar Hijri, years
 *       {@value #FIRST_GREGORIAN_YEAR}–{@value #LAST_GREGORIAN_YEAR} Gregorian. Day-first numeric dates
 *       ({@code 17/01/2025}) are left out: day-month and month-day orders cannot be told apart;</li>
 *   <li>day, Solar Hijri month, optional {@code ماه}, year: {@code ۲۸ دی ۱۴۰۳}, {@code ۲۸ دی‌ماه ۱۴۰۳};</li>
 *   <li>day, Gregorian month in English or Persian, year: {@code 17 January 2025}, {@code ۱۷ ژانویه ۲۰۲۵};
 *       and {@code January 17, 2025}.</li>
 * </ul>
 * A month and year without a day ({@code آبان ماه ۱۴۰۳}) is no date: its year stays a number.
 */
final class DateRules {

    static final List<String> SOLAR_HIJRI_MONTHS = List.of(
            "فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور",
            "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند");

    static final List<String> ENGLISH_MONTHS = List.of(
            "january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december");

    /** Persian spellings of Gregorian months, with the common variants (French and English borrowings). */
    static final Map<String, Integer> PERSIAN_GREGORIAN_MONTHS = Map.ofEntries(
            Map.entry("ژانویه", 1), Map.entry("فوریه", 2), Map.entry("مارس", 3), Map.entry("آوریل", 4),
            Map.entry("مه", 5), Map.entry("می", 5), Map.entry("ژوئن", 6), Map.entry("ژوئیه", 7),
            Map.entry("جولای", 7), Map.entry("اوت", 8), Map.entry("آگوست", 8), Map.entry("سپتامبر", 9),
            Map.entry("اکتبر", 10), Map.entry("نوامبر", 11), Map.entry("دسامبر", 12));

    static final int FIRST_SOLAR_HIJRI_YEAR = 1200;
    static final int LAST_SOLAR_HIJRI_YEAR = 1499;
    static final int FIRST_GREGORIAN_YEAR = 1800;
    static final int LAST_GREGORIAN_YEAR = 2199;

    private static final String D = PersianChars.DIGIT_CLASS;
    private static final String SPACE = "[\\s\\u00A0]+";
    private static final String DAY = "(?<!" + D + ")(" + D + "{1,2})";
    private static final String YEAR = "(" + D + "{4})(?!" + D + ")";

    static final Pattern YEAR_FIRST = Pattern.compile(
            "(?<!" + D + "|" + D + "[./-])(" + D + "{4})([./-])(" + D + "{1,2})\\2(" + D + "{1,2})(?!" + D + "|[./-]" + D + ")");
    static final Pattern SOLAR_HIJRI_DAY_MONTH_YEAR = Pattern.compile(
            DAY + SPACE + "(" + alternatives(SOLAR_HIJRI_MONTHS) + ")(?:[\\s\\u00A0\\u200C]*ماه)?" + SPACE + YEAR);
    private static final String GREGORIAN_MONTH =
            "(" + alternatives(ENGLISH_MONTHS) + "|" + alternatives(PERSIAN_GREGORIAN_MONTHS.keySet()) + ")";
    private static final Pattern GREGORIAN_DAY_MONTH_YEAR = Pattern.compile(
            DAY + SPACE + GREGORIAN_MONTH + SPACE + YEAR, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern ENGLISH_MONTH_DAY_YEAR = Pattern.compile(
            "(?<!\\p{L})(" + alternatives(ENGLISH_MONTHS) + ")" + SPACE + "(" + D + "{1,2}),?" + SPACE + YEAR,
            Pattern.CASE_INSENSITIVE);

    private DateRules() {
    }

    static List<PlaceableRule> all() {
        return List.of(
                rule(YEAR_FIRST, DateRules::yearFirst),
                rule(SOLAR_HIJRI_DAY_MONTH_YEAR, m -> solarHijri(
                        number(m, 3), SOLAR_HIJRI_MONTHS.indexOf(PersianChars.persianLetters(m.group(2))) + 1, number(m, 1))),
                rule(GREGORIAN_DAY_MONTH_YEAR, m -> gregorian(number(m, 3), gregorianMonth(m.group(2)), number(m, 1))),
                rule(ENGLISH_MONTH_DAY_YEAR, m -> gregorian(number(m, 3), gregorianMonth(m.group(1)), number(m, 2))));
    }

    private static PlaceableRule rule(Pattern pattern, Function<MatchResult, Optional<LocalDate>> date) {
        return new PlaceableRule(PlaceableType.DATE, pattern, m -> date.apply(m).map(LocalDate::toString));
    }

    private static Optional<LocalDate> yearFirst(MatchResult m) {
        int year = number(m, 1);
        int month = number(m, 3);
        int day = number(m, 4);
        return year <= LAST_SOLAR_HIJRI_YEAR ? solarHijri(year, month, day) : gregorian(year, month, day);
    }

    private static Optional<LocalDate> solarHijri(int year, int month, int day) {
        if (year < FIRST_SOLAR_HIJRI_YEAR || year > LAST_SOLAR_HIJRI_YEAR || month < 1 || month > 12) {
            return Optional.empty();
        }
        return SolarHijriCalendar.toGregorian(year, month, day);
    }

    private static Optional<LocalDate> gregorian(int year, int month, int day) {
        if (year < FIRST_GREGORIAN_YEAR || year > LAST_GREGORIAN_YEAR) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException noSuchDay) {
            return Optional.empty();
        }
    }

    private static int gregorianMonth(String name) {
        int english = ENGLISH_MONTHS.indexOf(name.toLowerCase(Locale.ROOT));
        return english >= 0 ? english + 1 : PERSIAN_GREGORIAN_MONTHS.get(PersianChars.persianLetters(name));
    }

    private static int number(MatchResult m, int group) {
        return PersianChars.parseDigits(m.group(group));
    }

    private static String alternatives(Iterable<String> names) {
        StringBuilder alternatives = new StringBuilder();
        for (String name : names) {
            if (!alternatives.isEmpty()) {
                alternatives.append('|');
            }
            // the month as typed on a Persian or an Arabic keyboard
            alternatives.append(name.replace(String.valueOf(FARSI_YEH), "[" + FARSI_YEH + ARABIC_YEH + "]")
                    .replace(String.valueOf(KEHEH), "[" + KEHEH + ARABIC_KAF + "]"));
        }
        return alternatives.toString();
    }
}
