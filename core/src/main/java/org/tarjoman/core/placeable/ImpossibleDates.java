package org.tarjoman.core.placeable;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.tarjoman.core.normalize.PersianChars;
import org.tarjoman.core.segment.Span;

/**
 * Solar Hijri dates written in a date's shape that name no day ({@code ۳۱ اسفند ۱۴۰۳}: Esfand has 29
 * or 30 days; {@code ۱۴۰۳/۱۳/۰۱}). The recognizer leaves them as plain numbers; QA reports them as a
 * warning instead, since a writer meant a date and the translator cannot convert it.
 */
public final class ImpossibleDates {

    private static final Pattern FOUR_DIGITS = Pattern.compile("(?=" + PersianChars.DIGIT_CLASS
            + ")(?<!" + PersianChars.DIGIT_CLASS + ")" + PersianChars.DIGIT_CLASS + "{4}(?!" + PersianChars.DIGIT_CLASS + ")");
    /** {@code ۳۱ اردیبهشت‌ماه ۱۴۰۳}: the longest head before a year; {@code /۱۲/۳۰} after one. */
    private static final int WINDOW_BEFORE_YEAR = 30;
    private static final int WINDOW_AFTER_YEAR = 8;

    private ImpossibleDates() {
    }

    /** The spans of such dates in {@code text}, in order. */
    public static List<Span> in(String text) {
        List<Span> found = new ArrayList<>();
        // Both forms hold a four-digit year; looking only around one keeps a dateless segment cheap.
        Matcher year = FOUR_DIGITS.matcher(text);
        while (year.find()) {
            int from = Math.max(0, year.start() - WINDOW_BEFORE_YEAR);
            int to = Math.min(text.length(), year.end() + WINDOW_AFTER_YEAR);
            Matcher named = window(DateRules.SOLAR_HIJRI_DAY_MONTH_YEAR, text, from, to);
            while (named.find()) {
                int month = DateRules.SOLAR_HIJRI_MONTHS.indexOf(PersianChars.persianLetters(named.group(2))) + 1;
                addIfNoDay(found, named.start(), named.end(), number(named.group(3)), month, number(named.group(1)));
            }
            Matcher numeric = window(DateRules.YEAR_FIRST, text, from, to);
            while (numeric.find()) {
                addIfNoDay(found, numeric.start(), numeric.end(),
                        number(numeric.group(1)), number(numeric.group(3)), number(numeric.group(4)));
            }
        }
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return List.copyOf(found);
    }

    private static Matcher window(Pattern pattern, String text, int from, int to) {
        return pattern.matcher(text).region(from, to).useTransparentBounds(true).useAnchoringBounds(false);
    }

    private static void addIfNoDay(List<Span> found, int start, int end, int year, int month, int day) {
        boolean solarHijriYear = year >= DateRules.FIRST_SOLAR_HIJRI_YEAR && year <= DateRules.LAST_SOLAR_HIJRI_YEAR;
        if (solarHijriYear && (month < 1 || month > 12 || day < 1
                || SolarHijriCalendar.toGregorian(year, month, day).isEmpty())) {
            Span span = new Span(start, end);
            if (!found.contains(span)) {
                found.add(span);
            }
        }
    }

    private static int number(String digits) {
        return PersianChars.parseDigits(digits);
    }
}
