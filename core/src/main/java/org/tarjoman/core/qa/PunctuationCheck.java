package org.tarjoman.core.qa;

import java.util.List;
import java.util.Map;

/**
 * PUNCTUATION (warning):
 * <ul>
 *   <li>Persian marks left in the target: the comma {@code ،}, semicolon {@code ؛} and question mark
 *       {@code ؟} in English and Russian; the guillemets {@code «»} in English only, since Russian
 *       typography quotes with them ({@code «Газпром»});</li>
 *   <li>the end of the segment: a source ending in {@code .} {@code ؟} {@code !} {@code :} or {@code …}
 *       needs a target ending in the same mark ({@code وی گفت:} → "He said:"), and a source ending in
 *       none (a headline) a target ending in none of them. Closing quotes and brackets after the mark
 *       are looked through.</li>
 * </ul>
 */
final class PunctuationCheck implements QaCheck {

    private static final Map<Character, String> PERSIAN_MARKS = Map.of(
            '،', "Persian comma ، (use ,)",
            '؛', "Persian semicolon ؛ (use ;)",
            '؟', "Persian question mark ؟ (use ?)",
            '«', "Persian quotation mark « (use “ or \")",
            '»', "Persian quotation mark » (use ” or \")");
    private static final String CLOSERS = "»\"”’')]";

    @Override
    public void check(CheckedSegment segment, List<Finding> findings) {
        String target = segment.target().plain();
        for (int i = 0; i < target.length(); i++) {
            char c = target.charAt(i);
            String mark = PERSIAN_MARKS.get(c);
            if (mark != null && !(segment.language() == TargetLanguage.RU && (c == '«' || c == '»'))) {
                findings.add(segment.inTarget(FindingCode.PUNCTUATION, Severity.WARNING,
                        mark + " in the target.", i, i + 1));
            }
        }
        int sourceEnd = lastMark(segment.source().plain());
        int targetEnd = lastMark(target);
        char sourceMark = endMark(segment.source().plain(), sourceEnd);
        char targetMark = endMark(target, targetEnd);
        if (sourceMark != targetMark) {
            String expected = sourceMark == 0 ? "no end punctuation" : "'" + sourceMark + "' at the end";
            int at = Math.max(0, targetEnd);
            findings.add(segment.inTarget(FindingCode.PUNCTUATION, Severity.WARNING,
                    "The source has " + expected + ", the target " + (targetMark == 0 ? "none" : "'" + targetMark + "'") + ".",
                    at, Math.min(target.length(), at + 1)));
        }
    }

    /** Index of the last character that is not a space or a closing quote or bracket, or -1. */
    private static int lastMark(String text) {
        int i = text.length() - 1;
        while (i >= 0 && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\u00A0'
                || CLOSERS.indexOf(text.charAt(i)) >= 0)) {
            i--;
        }
        return i;
    }

    /** The sentence-end class of the character at {@code i}: {@code . ? ! : …}, or 0 for none. */
    private static char endMark(String text, int i) {
        if (i < 0) {
            return 0;
        }
        char c = text.charAt(i);
        return switch (c) {
            case '.' -> text.startsWith("...", i - 2) ? '…' : '.';
            case '?', '؟' -> '?';
            case '!', ':', '…' -> c;
            default -> 0;
        };
    }
}
