package org.tarjoman.api.mt.llm;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Whether a model's answer is a translation and nothing else. Rejected:
 * <ul>
 *   <li>an empty answer;</li>
 *   <li>commentary: a lead-in ({@code Translation:}, {@code Here is…}, {@code Sure}, {@code Перевод:}),
 *       a note ({@code Note:}, {@code (Note}), the whole answer in quotes the source does not have, or
 *       more paragraphs than the source;</li>
 *   <li>a code dropped, repeated or invented (placeholders compared as a multiset with the source's).</li>
 * </ul>
 */
public final class AnswerCheck {

    private static final Pattern LEAD_IN = Pattern.compile(
            "^(translation|translated text|english|russian|here is|here's|sure|certainly|перевод|вот перевод)\\b.*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);
    private static final Pattern NOTE = Pattern.compile(
            "(^|\\n|\\()\\s*(note|notes|explanation|примечание)\\s*:", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final String OPENING_QUOTES = "\"'“‘«„";
    private static final String CLOSING_QUOTES = "\"'”’»“";

    private AnswerCheck() {
    }

    /** Why the answer is rejected, or empty when it is a clean translation of {@code source}. */
    public static Optional<String> rejection(InlineCodeShield source, String answer) {
        if (answer == null || answer.isBlank()) {
            return Optional.of("the answer is empty");
        }
        String trimmed = answer.strip();
        String sourceText = source.text().strip();
        if (LEAD_IN.matcher(trimmed).matches() && !LEAD_IN.matcher(sourceText).matches()) {
            return Optional.of("the answer adds a lead-in (\"" + firstWords(trimmed) + "\")");
        }
        if (NOTE.matcher(trimmed).find()) {
            return Optional.of("the answer adds a note");
        }
        if (quoted(trimmed) && !quoted(sourceText)) {
            return Optional.of("the answer is wrapped in quotes");
        }
        if (paragraphs(trimmed) > paragraphs(sourceText)) {
            return Optional.of("the answer has more paragraphs than the sentence");
        }
        return codes(source.placeholders(), InlineCodeShield.placeholdersIn(trimmed));
    }

    /** Codes compared as multisets: a code missing, repeated or unknown rejects the answer. */
    public static Optional<String> codes(List<String> expected, List<String> found) {
        List<String> left = new ArrayList<>(found);
        for (String code : expected) {
            if (!left.remove(code)) {
                return Optional.of("the answer drops the inline code " + code);
            }
        }
        return left.isEmpty() ? Optional.empty() : Optional.of("the answer invents the inline code " + left.get(0));
    }

    private static boolean quoted(String text) {
        return text.length() >= 2 && OPENING_QUOTES.indexOf(text.charAt(0)) >= 0
                && CLOSING_QUOTES.indexOf(text.charAt(text.length() - 1)) >= 0;
    }

    private static int paragraphs(String text) {
        return text.split("\\n\\s*\\n|\\n").length;
    }

    private static String firstWords(String text) {
        return text.length() > 24 ? text.substring(0, 24) + "…" : text;
    }
}
