package org.tarjoman.core.placeable;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.tarjoman.core.document.Placeable;
import org.tarjoman.core.document.PlaceableType;
import org.tarjoman.core.normalize.PersianChars;

/**
 * Finds placeables with precompiled regular expressions, in Persian and Latin text and in the
 * three digit scripts ({@link PersianChars#digitValue}). Rules, in priority order: a rule only sees
 * the text the rules before it left, so a URL's digits are no number and a date's year is no number.
 * <ol>
 *   <li>URL: {@code http://}, {@code https://} or {@code www.} up to whitespace, without trailing
 *       punctuation ({@code .} {@code ،} {@code )} …); value: the text;</li>
 *   <li>EMAIL: ASCII address; value: the text;</li>
 *   <li>DATE: see {@link DateRules}; value: ISO-8601 Gregorian date;</li>
 *   <li>TIME: {@code ۱۰:۳۰}, {@code 10:30:15}, hours 0–24, minutes and seconds 0–59; value:
 *       {@code HH:mm[:ss]} in ASCII;</li>
 *   <li>LATIN: a run of Latin words separated by single spaces ({@code Vladimir Putin}); a word may hold
 *       digits and inner {@code - . ' ’ &} ({@code COVID-19}, {@code AT&T}); dotted initials keep their
 *       last dot ({@code U.N.}), a sentence's full stop does not; value: the text;</li>
 *   <li>NUMBER: digits with an optional decimal part after {@code .} or {@code ٫}, grouping by three
 *       with {@code ,} or {@code ٬}, an optional {@code %} or {@code ٪}. Between Persian digits only,
 *       {@code /} is a decimal separator too ({@code ۲/۵ میلیارد}), as in Iranian press; a year alone
 *       ({@code ۱۴۰۳}) is a number. Value: ASCII digits, {@code .} as decimal separator, no grouping,
 *       {@code %} kept: {@code ۱۲٬۵۰۰٫۵} → {@code 12500.5}, {@code ۱۵٪} → {@code 15%}. A sign is not part
 *       of a number: {@code -} is as often a dash in Persian text.</li>
 * </ol>
 * Thread-safe: patterns are immutable, matchers are made per call.
 */
public final class RegexPlaceableRecognizer implements PlaceableRecognizer {

    private static final String D = PersianChars.DIGIT_CLASS;
    private static final String PERSIAN_DIGIT = "[\\u06F0-\\u06F9\\u0660-\\u0669]";

    private static final Pattern URL = Pattern.compile(
            "(?:(?i:https?://)|(?<![\\p{L}\\p{N}@.])(?i:www\\.))[^\\s<>\"«»]*[^\\s<>\"«».,;:!?،؛)\\]}'’]");
    private static final Pattern EMAIL = Pattern.compile(
            "(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}(?![A-Za-z0-9-])");
    private static final Pattern TIME = Pattern.compile(
            "(?<!" + D + "|[:.٫])(" + D + "{1,2}):(" + D + "{2})(?::(" + D + "{2}))?(?!" + D + "|:" + D + ")");
    private static final String LATIN_WORD =
            "(?:\\p{IsLatin}\\.){2,}|[0-9]*\\p{IsLatin}[\\p{IsLatin}\\p{M}0-9]*(?:[-.'’&][\\p{IsLatin}0-9][\\p{IsLatin}\\p{M}0-9]*)*";
    private static final Pattern LATIN = Pattern.compile(
            "(?<![\\p{IsLatin}0-9])(?:" + LATIN_WORD + ")(?:[ \\u00A0](?:" + LATIN_WORD + "))*");
    private static final Pattern NUMBER = Pattern.compile(
            "(?<!" + D + ")(?:" + PERSIAN_DIGIT + "+/" + PERSIAN_DIGIT + "+(?!/" + D + ")"
                    + "|(?:" + D + "{1,3}(?:[,٬]" + D + "{3})+|" + D + "+)(?:[.٫]" + D + "+)?)"
                    + "(?:[\\u00A0 ]?[%٪])?(?!" + D + ")");

    private static final List<PlaceableRule> RULES = Stream.of(
            Stream.of(PlaceableRule.verbatim(PlaceableType.URL, URL), PlaceableRule.verbatim(PlaceableType.EMAIL, EMAIL)),
            DateRules.all().stream(),
            Stream.of(new PlaceableRule(PlaceableType.TIME, TIME, RegexPlaceableRecognizer::time),
                    PlaceableRule.verbatim(PlaceableType.LATIN, LATIN),
                    new PlaceableRule(PlaceableType.NUMBER, NUMBER, m -> Optional.of(canonicalNumber(m.group())))))
            .flatMap(rules -> rules)
            .toList();

    @Override
    public List<Placeable> recognize(String text) {
        List<Placeable> found = new ArrayList<>();
        for (PlaceableRule rule : RULES) {
            Matcher matcher = rule.pattern().matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            List<Placeable> before = new ArrayList<>(found);
            int gapStart = 0;
            for (Placeable taken : before) {
                findInGap(rule, matcher, gapStart, taken.start(), found);
                gapStart = taken.end();
            }
            findInGap(rule, matcher, gapStart, text.length(), found);
            found.sort(Comparator.comparingInt(Placeable::start));
        }
        return List.copyOf(found);
    }

    private static void findInGap(PlaceableRule rule, Matcher matcher, int start, int end, List<Placeable> found) {
        if (start >= end) {
            return;
        }
        matcher.region(start, end);
        while (matcher.find()) {
            Optional<String> value = rule.value().apply(matcher);
            if (value.isPresent()) {
                found.add(new Placeable(rule.type(), matcher.start(), matcher.end(), matcher.group(), value.get()));
            }
        }
    }

    private static Optional<String> time(MatchResult m) {
        int hours = PersianChars.parseDigits(m.group(1));
        int minutes = PersianChars.parseDigits(m.group(2));
        int seconds = m.group(3) == null ? 0 : PersianChars.parseDigits(m.group(3));
        if (hours > 24 || minutes > 59 || seconds > 59 || (hours == 24 && minutes + seconds > 0)) {
            return Optional.empty();
        }
        String time = String.format("%02d:%02d", hours, minutes);
        return Optional.of(m.group(3) == null ? time : time + String.format(":%02d", seconds));
    }

    /** ASCII digits, {@code .} for any decimal separator, grouping and spaces dropped. */
    static String canonicalNumber(String number) {
        StringBuilder value = new StringBuilder(number.length());
        for (int i = 0; i < number.length(); i++) {
            char c = number.charAt(i);
            int digit = PersianChars.digitValue(c);
            if (digit >= 0) {
                value.append((char) ('0' + digit));
            } else if (c == '.' || c == '٫' || c == '/') {
                value.append('.');
            } else if (c == '%' || c == '٪') {
                value.append('%');
            }
        }
        return value.toString();
    }
}
