package org.tarjoman.core.qa;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.tarjoman.core.normalize.PersianChars;
import org.tarjoman.core.placeable.SolarHijriCalendar;

/**
 * Dates in an English or Russian target, as Gregorian dates:
 * <ul>
 *   <li>{@code 17 January 2025}, {@code 17th of January, 2025}, {@code 17 Jan 2025}, {@code January 17, 2025},
 *       {@code Jan. 17 2025};</li>
 *   <li>{@code 17 января 2025 г.}, {@code 17 января 2025 года}, {@code 17 янв. 2025};</li>
 *   <li>{@code 2025-01-17}, {@code 2025/01/17}, {@code 17.01.2025} (day first, as in Russian and
 *       European English);</li>
 *   <li>a Solar Hijri date transliterated, converted with ICU's Persian calendar: {@code 28 Dey 1403},
 *       {@code 28 Dey month 1403}, {@code 28 дея 1403}.</li>
 * </ul>
 * Forms that name no day of a year ({@code January 2025}, {@code 17 January}) are not dates here;
 * {@code 17/01/2025} is left out, since day-month and month-day orders cannot be told apart.
 */
final class TargetDates {

    /** A date found in the target, with its span in the target's plain text. */
    record TargetDate(int start, int end, LocalDate date) {
    }

    private record Month(boolean solarHijri, int number) {
    }

    private static final Map<String, Month> MONTHS = new HashMap<>();

    static {
        String[][] gregorian = {
            {"january", "jan", "января", "янв", "январь"},
            {"february", "feb", "февраля", "фев", "февр"},
            {"march", "mar", "марта", "мар"},
            {"april", "apr", "апреля", "апр"},
            {"may", "мая", "май"},
            {"june", "jun", "июня", "июн"},
            {"july", "jul", "июля", "июл"},
            {"august", "aug", "августа", "авг"},
            {"september", "sep", "sept", "сентября", "сен", "сент"},
            {"october", "oct", "октября", "окт"},
            {"november", "nov", "ноября", "ноя", "нояб"},
            {"december", "dec", "декабря", "дек"}};
        String[][] solarHijri = {
            {"farvardin", "фарвардин", "фарвардина"},
            {"ordibehesht", "ordibehest", "ордибехешт", "ордибехешта"},
            {"khordad", "хордад", "хордада"},
            {"tir", "тир", "тира"},
            {"mordad", "amordad", "мордад", "мордада"},
            {"shahrivar", "шахривар", "шахривара"},
            {"mehr", "мехр", "мехра"},
            {"aban", "абан", "абана"},
            {"azar", "азар", "азара"},
            {"dey", "dei", "дей", "дея"},
            {"bahman", "бахман", "бахмана"},
            {"esfand", "esfand", "эсфанд", "эсфанда"}};
        for (int i = 0; i < 12; i++) {
            for (String name : gregorian[i]) {
                MONTHS.put(name, new Month(false, i + 1));
            }
            for (String name : solarHijri[i]) {
                MONTHS.put(name, new Month(true, i + 1));
            }
        }
    }

    private static final String D = PersianChars.DIGIT_CLASS;
    private static final String SP = "[\\s\\u00A0\\u202F]";
    private static final Pattern FOUR_DIGITS = Pattern.compile("(?=" + D + ")(?<!" + D + ")" + D + "{4}(?!" + D + ")");
    /** "17th of September, 2025" and "сентября" are the longest heads before a year; "-01-17" after one. */
    private static final int WINDOW_BEFORE_YEAR = 40;
    private static final int WINDOW_AFTER_YEAR = 12;
    private static final String MONTH_NAME = "(" + String.join("|", MONTHS.keySet().stream()
            .sorted(Comparator.comparingInt(String::length).reversed()).toList()) + ")\\.?";
    private static final String ORDINAL = "(?:st|nd|rd|th|-?го|-?е)?";
    private static final String YEAR = "(" + D + "{4})(?!" + D + ")";
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(" + D + "{1,2})" + ORDINAL + "(?:" + SP + "+of)?" + SP + "+" + MONTH_NAME
                    + "(?:" + SP + "+(?:month|месяца))?,?" + SP + "+" + YEAR, FLAGS);
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "(?<![\\p{L}\\p{N}])" + MONTH_NAME + SP + "+(" + D + "{1,2})" + ORDINAL + ",?" + SP + "+" + YEAR, FLAGS);
    private static final Pattern YEAR_FIRST = Pattern.compile(
            "(?<![\\p{N}.,/-])(" + D + "{4})([-/])(" + D + "{1,2})\\2(" + D + "{1,2})(?![\\p{N}]|[-/.]\\p{N})");
    private static final Pattern DOTTED_DAY_FIRST = Pattern.compile(
            "(?<![\\p{N}.,])(" + D + "{1,2})\\.(" + D + "{1,2})\\.(" + D + "{4})(?![\\p{N}]|\\.\\p{N})");
    /** Russian writes "г." or "года" after the year; it belongs to the date's span. */
    private static final Pattern YEAR_WORD = Pattern.compile(SP + "*(?:г\\.|(?:года|год)(?!\\p{L}))", FLAGS);

    private TargetDates() {
    }

    static List<TargetDate> in(String text) {
        List<TargetDate> found = new ArrayList<>();
        // Every form has a four-digit year: the patterns run only around one, which keeps a long
        // segment without a date (most of them) from paying for the month-name alternation at every position.
        Matcher year = FOUR_DIGITS.matcher(text);
        while (year.find()) {
            int from = Math.max(0, year.start() - WINDOW_BEFORE_YEAR);
            int to = Math.min(text.length(), year.end() + WINDOW_AFTER_YEAR);
            Matcher m = window(DAY_MONTH_YEAR, text, from, to);
            while (m.find()) {
                add(found, text, m.start(), m.end(), month(m.group(2)), number(m.group(3)), number(m.group(1)));
            }
            m = window(MONTH_DAY_YEAR, text, from, to);
            while (m.find()) {
                add(found, text, m.start(), m.end(), month(m.group(1)), number(m.group(3)), number(m.group(2)));
            }
            m = window(YEAR_FIRST, text, from, to);
            while (m.find()) {
                add(found, text, m.start(), m.end(), new Month(false, number(m.group(3))), number(m.group(1)),
                        number(m.group(4)));
            }
            m = window(DOTTED_DAY_FIRST, text, from, to);
            while (m.find()) {
                add(found, text, m.start(), m.end(), new Month(false, number(m.group(2))), number(m.group(3)),
                        number(m.group(1)));
            }
        }
        found.sort(Comparator.comparingInt(TargetDate::start));
        return List.copyOf(found);
    }

    private static Matcher window(Pattern pattern, String text, int from, int to) {
        return pattern.matcher(text).region(from, to).useTransparentBounds(true).useAnchoringBounds(false);
    }

    private static void add(List<TargetDate> found, String text, int start, int end, Month month, int year, int day) {
        for (TargetDate other : found) {
            if (start < other.end() && other.start() < end) {
                return;
            }
        }
        Matcher yearWord = YEAR_WORD.matcher(text).region(end, text.length());
        int spanEnd = yearWord.lookingAt() ? yearWord.end() : end;
        date(month, year, day).ifPresent(date -> found.add(new TargetDate(start, spanEnd, date)));
    }

    private static Optional<LocalDate> date(Month month, int year, int day) {
        if (month.solarHijri()) {
            return SolarHijriCalendar.toGregorian(year, month.number(), day);
        }
        try {
            return Optional.of(LocalDate.of(year, month.number(), day));
        } catch (DateTimeException noSuchDay) {
            return Optional.empty();
        }
    }

    private static Month month(String name) {
        return MONTHS.get(name.toLowerCase(Locale.ROOT));
    }

    private static int number(String digits) {
        return PersianChars.parseDigits(digits);
    }
}
