package org.tarjoman.core.qa;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.tarjoman.core.document.Placeable;
import org.tarjoman.core.document.PlaceableType;
import org.tarjoman.core.normalize.PersianChars;
import org.tarjoman.core.segment.Span;

/**
 * Numbers and times: every one of the source is in the target, in any script or grouping, and the
 * target has none the source lacks.
 * <ul>
 *   <li>NUMBER_MISSING (error): {@code رشد ۱۵ درصدی تجارت} → "trade grew 16 percent". Equal are
 *       {@code ۱۵} = {@code 15}; {@code ۱٬۲۳۴٫۵} = {@code 1,234.5} = {@code 1 234,5} (space, no-break or
 *       narrow no-break space); {@code ۱۵ درصد} = {@code 15%} = "15 percent" = "15 процентов" (the
 *       percent is not compared, the number is); {@code ۱۵ هزار} = {@code 15,000} = "15 thousand" =
 *       "15 тыс."; a Solar Hijri year alone {@code ۱۴۰۳} = 1403, 2024 or 2025; {@code ۲} = "two" /
 *       "два" (words for 0–12); times {@code ۱۰:۳۰} = {@code 10:30}.</li>
 *   <li>NUMBER_EXTRA (warning): a target number no source number or number word accounts for
 *       ({@code چهار و نیم تا پنج میلیارد دلار} → "4.5 to 5 billion dollars" is fine, the words are
 *       read). A warning, since a translator may rightly add a figure (a converted year).</li>
 * </ul>
 * Dates are the date check's: a recognised date's numbers are never checked one by one, on either
 * side; the numbers of an impossible Solar Hijri date ({@code ۳۱ اسفند ۱۴۰۳}, the date check's warning)
 * are not required, but excuse the same numbers in the target. Digits inside names ({@code COVID-19},
 * {@code G20}) and URLs are not numbers.
 */
final class NumberCheck implements QaCheck {

    private static final String D = PersianChars.DIGIT_CLASS;
    private static final Map<String, Long> SOURCE_SCALES = Map.of(
            "هزار", 1_000L, "میلیون", 1_000_000L, "میلیارد", 1_000_000_000L, "تریلیون", 1_000_000_000_000L);
    private static final Pattern SOURCE_SCALE = Pattern.compile("[\\s\\u00A0\\u200C]*(هزار|میلیون|میلیارد|تریلیون)");
    /** English grouping by comma; Russian by a space, NBSP or narrow NBSP; a decimal after either mark. */
    private static final Pattern TARGET_NUMBER = Pattern.compile(
            "(?=" + D + ")(?<![\\p{L}\\p{N}]|\\p{L}-|[\\p{N}][.,])(?:" + D + "{1,3}(?:[ \\u00A0\\u202F]" + D + "{3})+(?:[.,]" + D + "+)?"
                    + "|" + D + "+(?:[.,٫٬]" + D + "+)*)(?![.,]?\\p{N})");
    private static final Pattern TARGET_TIME = Pattern.compile(
            "(?=" + D + ")(?<![\\p{N}:])(" + D + "{1,2}):(" + D + "{2})(?::(" + D + "{2}))?(?![\\p{N}]|:\\p{N})");
    private static final Pattern TARGET_SCALE = Pattern.compile(
            "\\s*(thousand|million|billion|trillion|bn|тыс\\.?|тысяч[аиу]?|млн\\.?|миллион\\p{L}*|млрд\\.?|миллиард\\p{L}*|трлн\\.?|триллион\\p{L}*)(?!\\p{L})",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern URL = Pattern.compile("(?i:https?://|www\\.)\\S+");
    private static final Pattern EMAIL = Pattern.compile("[^\\s@]+@\\S+");

    /** A number of one side: where, as written, and every value it may stand for. */
    private record Figure(int start, int end, String text, Set<String> values) {
    }

    @Override
    public void check(CheckedSegment segment, List<Finding> findings) {
        List<Figure> optional = new ArrayList<>();
        List<Figure> required = sourceFigures(segment, optional);
        List<Figure> target = targetFigures(segment.target().plain(), segment.targetDates());
        boolean[] used = new boolean[target.size()];
        List<Figure> missing = new ArrayList<>();
        for (Figure figure : required) {
            int match = firstUnused(target, used, figure.values());
            if (match >= 0) {
                used[match] = true;
            } else {
                missing.add(figure);
            }
        }
        List<NumberWords.WordNumber> targetWords = new ArrayList<>(NumberWords.target(segment.target().plain()));
        for (Figure figure : missing) {
            if (!removeFirst(targetWords, figure.values())) {
                findings.add(segment.inSource(FindingCode.NUMBER_MISSING, Severity.ERROR,
                        "Number " + figure.text() + " (" + figure.values().iterator().next()
                                + ") of the source is not in the target.", figure.start(), figure.end()));
            }
        }
        for (NumberWords.WordNumber words : NumberWords.persian(segment.source().plain())) {
            optional.add(new Figure(words.start(), words.end(), "", Set.copyOf(words.values())));
        }
        boolean[] excused = new boolean[optional.size()];
        for (int i = 0; i < target.size(); i++) {
            Figure figure = target.get(i);
            int excuse = used[i] ? -1 : firstUnused(optional, excused, figure.values());
            if (excuse >= 0) {
                excused[excuse] = true;
            } else if (!used[i]) {
                findings.add(segment.inTarget(FindingCode.NUMBER_EXTRA, Severity.WARNING,
                        "Number " + figure.text() + " is not in the source.", figure.start(), figure.end()));
            }
        }
    }

    /** The source's numbers to find in the target; those of an impossible date go to {@code optional}. */
    private static List<Figure> sourceFigures(CheckedSegment segment, List<Figure> optional) {
        String source = segment.source().plain();
        List<Span> impossibleDates = segment.impossibleSourceDates();
        List<Figure> figures = new ArrayList<>();
        for (Placeable placeable : segment.sourcePlaceables()) {
            if (placeable.type() == PlaceableType.TIME) {
                figures.add(new Figure(placeable.start(), placeable.end(), placeable.text(), Set.of(placeable.value())));
            } else if (placeable.type() == PlaceableType.NUMBER) {
                String value = NumberValue.of(placeable.value().replace("%", ""));
                Set<String> values = new LinkedHashSet<>();
                values.add(value);
                Matcher scale = SOURCE_SCALE.matcher(source).region(placeable.end(), source.length());
                if (scale.lookingAt()) {
                    values.add(NumberValue.times(value, SOURCE_SCALES.get(scale.group(1))));
                }
                if (value.matches("1[2-4]\\d\\d")) {
                    // a Solar Hijri year alone spans two Gregorian years
                    values.add(String.valueOf(Integer.parseInt(value) + 621));
                    values.add(String.valueOf(Integer.parseInt(value) + 622));
                }
                Figure figure = new Figure(placeable.start(), placeable.end(), placeable.text(), values);
                (inside(impossibleDates, placeable.start()) ? optional : figures).add(figure);
            }
        }
        return figures;
    }

    private static List<Figure> targetFigures(String target, List<TargetDates.TargetDate> dates) {
        List<Span> skipped = new ArrayList<>();
        for (TargetDates.TargetDate date : dates) {
            skipped.add(new Span(date.start(), date.end()));
        }
        for (Pattern link : target.indexOf('@') >= 0 ? List.of(URL, EMAIL) : List.of(URL)) {
            Matcher url = link.matcher(target);
            while (url.find()) {
                skipped.add(new Span(url.start(), url.end()));
            }
        }
        List<Figure> figures = new ArrayList<>();
        Matcher time = TARGET_TIME.matcher(target);
        while (time.find()) {
            if (!inside(skipped, time.start())) {
                figures.add(new Figure(time.start(), time.end(), time.group(), times(time)));
                skipped.add(new Span(time.start(), time.end()));
            }
        }
        Matcher number = TARGET_NUMBER.matcher(target);
        while (number.find()) {
            if (inside(skipped, number.start())) {
                continue;
            }
            Set<String> values = new LinkedHashSet<>(NumberValue.readings(number.group()));
            Matcher scale = TARGET_SCALE.matcher(target).region(number.end(), target.length());
            if (scale.lookingAt()) {
                long factor = factor(scale.group(1).toLowerCase(Locale.ROOT));
                for (String reading : List.copyOf(values)) {
                    values.add(NumberValue.times(reading, factor));
                }
            }
            figures.add(new Figure(number.start(), number.end(), number.group(), values));
        }
        figures.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return figures;
    }

    /** {@code 10:30} and, for an afternoon source time, its 12-hour form {@code 2:30} of "2:30 p.m.". */
    private static Set<String> times(Matcher time) {
        int hours = PersianChars.parseDigits(time.group(1));
        String rest = ":" + PersianChars.asciiDigits(time.group(2))
                + (time.group(3) == null ? "" : ":" + PersianChars.asciiDigits(time.group(3)));
        Set<String> values = new LinkedHashSet<>();
        values.add(String.format("%02d", hours) + rest);
        if (hours >= 1 && hours <= 11) {
            values.add(String.format("%02d", hours + 12) + rest);
        }
        return values;
    }

    private static long factor(String scale) {
        if (scale.startsWith("thousand") || scale.startsWith("тыс")) {
            return 1_000L;
        }
        if (scale.startsWith("million") || scale.startsWith("млн") || scale.startsWith("миллион")) {
            return 1_000_000L;
        }
        if (scale.startsWith("trillion") || scale.startsWith("трлн") || scale.startsWith("триллион")) {
            return 1_000_000_000_000L;
        }
        return 1_000_000_000L;
    }

    private static int firstUnused(List<Figure> figures, boolean[] used, Set<String> values) {
        for (int i = 0; i < figures.size(); i++) {
            if (!used[i] && intersects(figures.get(i).values(), values)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean removeFirst(List<NumberWords.WordNumber> words, Set<String> values) {
        for (int i = 0; i < words.size(); i++) {
            if (intersects(Set.copyOf(words.get(i).values()), values)) {
                words.remove(i);
                return true;
            }
        }
        return false;
    }

    private static boolean intersects(Set<String> a, Set<String> b) {
        for (String value : a) {
            if (b.contains(value)) {
                return true;
            }
        }
        return false;
    }

    private static boolean inside(List<Span> spans, int offset) {
        for (Span span : spans) {
            if (offset >= span.start() && offset < span.end()) {
                return true;
            }
        }
        return false;
    }
}
