package org.tarjoman.core.qa;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The glossary's terms, from the hits the caller supplies (recognition and storage live outside
 * core): {@code پزشکیان} with "Pezeshkian" allowed and "Pezeshkiyan" forbidden.
 * <ul>
 *   <li>TERM_MISSING (warning): none of the term's allowed translations is in the target; a warning,
 *       since a translator may rightly write "he" for a name already given;</li>
 *   <li>TERM_FORBIDDEN (error): a forbidden translation is in the target, one finding per place.</li>
 * </ul>
 * Matching ignores case and needs word boundaries; in Russian each word may take a case ending
 * ("Пезешкиан" matches "Пезешкиана", "Исламская Республика" matches "Исламской Республики"): its
 * last vowel, {@code й} or {@code ь} is dropped and up to three Cyrillic letters may follow.
 */
final class TermCheck implements QaCheck {

    private static final String RUSSIAN_ENDING_LETTERS = "аеёиоуыэюяйь";

    @Override
    public void check(CheckedSegment segment, List<Finding> findings) {
        String target = segment.target().plain();
        for (TermHit hit : segment.termHits()) {
            boolean present = hit.allowed().isEmpty()
                    || hit.allowed().stream().anyMatch(allowed -> pattern(allowed, segment.language()).matcher(target).find());
            if (!present) {
                findings.add(segment.inSource(FindingCode.TERM_MISSING, Severity.WARNING,
                        "Term " + hit.term() + " is not translated as " + String.join(" or ", hit.allowed()) + ".",
                        hit.start(), hit.end()));
            }
            for (String forbidden : hit.forbidden()) {
                Matcher m = pattern(forbidden, segment.language()).matcher(target);
                while (m.find()) {
                    findings.add(segment.inTarget(FindingCode.TERM_FORBIDDEN, Severity.ERROR,
                            "Forbidden translation " + m.group() + " of " + hit.term() + "; write "
                                    + String.join(" or ", hit.allowed()) + ".", m.start(), m.end()));
                }
            }
        }
    }

    static Pattern pattern(String translation, TargetLanguage language) {
        StringBuilder regex = new StringBuilder("(?<![\\p{L}\\p{N}])");
        String[] words = translation.strip().split("\\s+");
        for (int i = 0; i < words.length; i++) {
            if (i > 0) {
                regex.append("[\\s\\u00A0]+");
            }
            String word = words[i];
            boolean inflects = language == TargetLanguage.RU && word.chars().allMatch(Character::isLetter)
                    && Character.UnicodeScript.of(word.codePointAt(0)) == Character.UnicodeScript.CYRILLIC;
            if (inflects && word.length() > 3 && RUSSIAN_ENDING_LETTERS.indexOf(Character.toLowerCase(word.charAt(word.length() - 1))) >= 0) {
                word = word.substring(0, word.length() - 1);
            }
            regex.append(Pattern.quote(word));
            if (inflects) {
                regex.append("\\p{IsCyrillic}{0,3}");
            }
        }
        regex.append("(?![\\p{L}\\p{N}])");
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
