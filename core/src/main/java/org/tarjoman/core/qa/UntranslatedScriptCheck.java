package org.tarjoman.core.qa;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Persian or Arabic script left in an English or Russian target.
 * <ul>
 *   <li>UNTRANSLATED_SCRIPT (error): letters of the Arabic script, one finding per run of such words
 *       ({@code Jalali said that پزشکیان will visit} → {@code پزشکیان});</li>
 *   <li>UNTRANSLATED_SCRIPT (warning): Persian or Arabic-Indic digits ({@code in ۲۰۲۴}); the number
 *       is right, its script is not, so the number check still counts it.</li>
 * </ul>
 * Letters are the Unicode Arabic blocks (U+0600–U+06FF, U+0750–U+077F, U+08A0–U+08FF) and the
 * presentation forms; ZWNJ and the spaces between two such words join them into one run.
 */
final class UntranslatedScriptCheck implements QaCheck {

    private static final String LETTER = "[\\p{IsArabic}&&\\p{L}]";
    private static final Pattern LETTER_RUN = Pattern.compile(
            LETTER + "[\\p{IsArabic}\\p{M}\\u200C]*(?:[\\s\\u00A0\\u200C]+" + LETTER + "[\\p{IsArabic}\\p{M}\\u200C]*)*");
    private static final Pattern EASTERN_DIGITS = Pattern.compile("[\\u06F0-\\u06F9\\u0660-\\u0669]+(?:[٫٬.,/][\\u06F0-\\u06F9\\u0660-\\u0669]+)*");
    private static final Pattern ANY_LETTER = Pattern.compile(LETTER);

    @Override
    public void check(CheckedSegment segment, List<Finding> findings) {
        String target = segment.target().plain();
        Matcher letters = LETTER_RUN.matcher(target);
        while (letters.find()) {
            findings.add(segment.inTarget(FindingCode.UNTRANSLATED_SCRIPT, Severity.ERROR,
                    "Persian text left untranslated: " + letters.group(), letters.start(), letters.end()));
        }
        Matcher digits = EASTERN_DIGITS.matcher(target);
        while (digits.find()) {
            findings.add(segment.inTarget(FindingCode.UNTRANSLATED_SCRIPT, Severity.WARNING,
                    "Persian digits in the target: " + digits.group() + " (write them in Latin digits)",
                    digits.start(), digits.end()));
        }
    }

    static boolean hasArabicScriptLetter(String text) {
        return ANY_LETTER.matcher(text).find();
    }
}
