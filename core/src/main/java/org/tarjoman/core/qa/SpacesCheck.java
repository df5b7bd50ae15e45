package org.tarjoman.core.qa;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.tarjoman.core.normalize.PersianChars;

/**
 * SPACES (warning):
 * <ul>
 *   <li>two or more spaces in a row in the target ({@code "the  ambassador"}); a no-break space counts;</li>
 *   <li>a space before {@code , . ; : ! ?} in the target ({@code "Moscow , Tehran"}): neither English
 *       nor Russian puts one there (Persian typists often do before {@code ،});</li>
 *   <li>leading or trailing space in one text and not in the other: the segment is joined to its
 *       neighbours as written, so a lost or added space changes the page.</li>
 * </ul>
 */
final class SpacesCheck implements QaCheck {

    private static final Pattern DOUBLE_SPACE = Pattern.compile("[ \\t\\u00A0\\u202F]{2,}");
    private static final Pattern SPACE_BEFORE_MARK = Pattern.compile("(?<=\\S)[ \\u00A0]+(?=[,;:!?]|\\.(?!\\.))");

    @Override
    public void check(CheckedSegment segment, List<Finding> findings) {
        String source = segment.source().plain();
        String target = segment.target().plain();
        Matcher doubles = DOUBLE_SPACE.matcher(target);
        while (doubles.find()) {
            findings.add(segment.inTarget(FindingCode.SPACES, Severity.WARNING,
                    "Double space in the target.", doubles.start(), doubles.end()));
        }
        Matcher beforeMark = SPACE_BEFORE_MARK.matcher(target);
        while (beforeMark.find()) {
            findings.add(segment.inTarget(FindingCode.SPACES, Severity.WARNING,
                    "Space before '" + target.charAt(beforeMark.end()) + "' in the target.",
                    beforeMark.start(), beforeMark.end()));
        }
        if (startsWithSpace(source) != startsWithSpace(target)) {
            findings.add(segment.inTarget(FindingCode.SPACES, Severity.WARNING,
                    startsWithSpace(source) ? "The source starts with a space, the target does not."
                            : "The target starts with a space, the source does not.", 0, leadingSpaces(target)));
        }
        if (endsWithSpace(source) != endsWithSpace(target)) {
            findings.add(segment.inTarget(FindingCode.SPACES, Severity.WARNING,
                    endsWithSpace(source) ? "The source ends with a space, the target does not."
                            : "The target ends with a space, the source does not.",
                    target.length() - trailingSpaces(target), target.length()));
        }
    }

    private static boolean startsWithSpace(String text) {
        return !text.isEmpty() && PersianChars.isSpace(text.charAt(0));
    }

    private static boolean endsWithSpace(String text) {
        return !text.isEmpty() && PersianChars.isSpace(text.charAt(text.length() - 1));
    }

    private static int leadingSpaces(String text) {
        int i = 0;
        while (i < text.length() && PersianChars.isSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int trailingSpaces(String text) {
        int i = 0;
        while (i < text.length() && PersianChars.isSpace(text.charAt(text.length() - 1 - i))) {
            i++;
        }
        return i;
    }
}
