package org.tarjoman.core.qa;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;

import org.tarjoman.core.segment.Span;

/**
 * SPELLING and GRAMMAR (warnings) of an English or Russian target, by LanguageTool ({@link Proofreader}):
 * "the goverment" → SPELLING on {@code goverment}, "a apple" → GRAMMAR on {@code a}, "красивый машина" →
 * GRAMMAR on both words.
 *
 * <p>Persian news is full of names no dictionary knows ({@code پزشکیان} → "Pezeshkian", "Пезешкиан";
 * {@code ایرنا} → "IRNA"), so a word is never reported as misspelled when it is
 * <ul>
 *   <li>inside one of the allowed translations of a glossary term of the segment (Russian case endings
 *       included, as {@link TermCheck} matches them), or one of those translations' words;</li>
 *   <li>written in capitals ("IRNA", "ИРНА"): an acronym;</li>
 *   <li>capitalized and not at a sentence start ("met Foreign Minister Araghchi"): a name, since English
 *       and Russian capitalize common words only there;</li>
 *   <li>capitalized at a sentence start ("Pezeshkian said…") unless LanguageTool's suggestions hold a
 *       word one edit away ("Teh" → "The"): a sentence-initial typo is one slip from a real word, a
 *       transliterated Persian name is not.</li>
 * </ul>
 * Grammar matches are kept as LanguageTool gives them: its rules reason about words around a name, not
 * about the name itself.
 */
final class SpellingCheck implements QaCheck {

    private static final String OPENERS = "\"“„«‘'([—–-";
    private static final String SENTENCE_ENDS = ".!?…";

    private final Proofreader proofreader;

    SpellingCheck(Proofreader proofreader) {
        this.proofreader = proofreader;
    }

    @Override
    public void check(CheckedSegment segment, List<Finding> findings) {
        String target = segment.target().plain();
        List<Span> glossaryTargets = glossaryTargets(segment, target);
        for (Proofreader.Issue issue : proofreader.proofread(target, segment.language())) {
            String word = target.substring(issue.start(), issue.end());
            if (!issue.spelling()) {
                findings.add(segment.inTarget(FindingCode.GRAMMAR, Severity.WARNING,
                        issue.message() + " (" + issue.rule() + ")", issue.start(), issue.end()));
            } else if (!isNameOrTerm(word, issue, target, glossaryTargets, segment.termHits())) {
                findings.add(segment.inTarget(FindingCode.SPELLING, Severity.WARNING,
                        "Possible spelling mistake: " + word + (issue.suggestions().isEmpty() ? "."
                                : " (did you mean " + String.join(", ", issue.suggestions()) + "?)"),
                        issue.start(), issue.end()));
            }
        }
    }

    private static boolean isNameOrTerm(String word, Proofreader.Issue issue, String target, List<Span> glossaryTargets,
                                        List<TermHit> hits) {
        for (Span span : glossaryTargets) {
            if (issue.start() < span.end() && span.start() < issue.end()) {
                return true;
            }
        }
        for (TermHit hit : hits) {
            for (String allowed : hit.allowed()) {
                for (String allowedWord : allowed.split("[\\s\\u00A0]+")) {
                    if (allowedWord.equalsIgnoreCase(word)) {
                        return true;
                    }
                }
            }
        }
        if (!Character.isUpperCase(word.codePointAt(0))) {
            return false;
        }
        if (word.equals(word.toUpperCase(Locale.ROOT)) || !atSentenceStart(target, issue.start())) {
            return true;
        }
        return issue.suggestions().stream().noneMatch(suggestion -> Edits.withinOne(suggestion.toLowerCase(Locale.ROOT),
                word.toLowerCase(Locale.ROOT)));
    }

    /** Where the glossary's allowed translations of this segment's terms stand in the target. */
    private static List<Span> glossaryTargets(CheckedSegment segment, String target) {
        List<Span> spans = new ArrayList<>();
        for (TermHit hit : segment.termHits()) {
            for (String allowed : hit.allowed()) {
                Matcher m = TermCheck.pattern(allowed, segment.language()).matcher(target);
                while (m.find()) {
                    spans.add(new Span(m.start(), m.end()));
                }
            }
        }
        return spans;
    }

    /** Whether only openers (quotes, brackets, dashes) and spaces stand between a sentence end (or the text's start) and {@code at}. */
    static boolean atSentenceStart(String text, int at) {
        int i = at - 1;
        while (i >= 0 && (Character.isWhitespace(text.charAt(i)) || OPENERS.indexOf(text.charAt(i)) >= 0)) {
            i--;
        }
        return i < 0 || SENTENCE_ENDS.indexOf(text.charAt(i)) >= 0;
    }

    /** Damerau–Levenshtein distance at most one: one letter added, dropped, changed, or two neighbours swapped. */
    static final class Edits {

        private Edits() {
        }

        static boolean withinOne(String a, String b) {
            if (Math.abs(a.length() - b.length()) > 1) {
                return false;
            }
            int i = 0;
            while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
                i++;
            }
            if (i == a.length() || i == b.length()) {
                return true;
            }
            if (a.length() == b.length()) {
                return a.substring(i + 1).equals(b.substring(i + 1))
                        || (i + 1 < a.length() && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                        && a.substring(i + 2).equals(b.substring(i + 2)));
            }
            return a.length() > b.length() ? a.substring(i + 1).equals(b.substring(i)) : a.substring(i).equals(b.substring(i + 1));
        }
    }
}
