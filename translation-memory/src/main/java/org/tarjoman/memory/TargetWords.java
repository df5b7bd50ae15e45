package org.tarjoman.memory;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import com.ibm.icu.lang.UCharacter;

import org.tarjoman.core.segment.Span;

/**
 * The words of a target text as target-side concordance compares them, per target language, with
 * where each stands in the text. Rules, in this order:
 * <ol>
 *   <li>A word is a run of letters, digits and combining marks; anything else separates words, so
 *       {@code Iran's} is {@code iran} {@code s}, {@code U.S.} is {@code u} {@code s} and
 *       {@code Moscow-based} is {@code moscow} {@code based}. A query is split the same way, so it
 *       finds the text it was copied from, punctuation and all.</li>
 *   <li>Letters are case-folded (ICU's simple folding, locale-independent: {@code Tehran} is
 *       {@code tehran}, {@code МОСКВА} is {@code москва}, {@code İstanbul} is {@code istanbul}).</li>
 *   <li>Digits of any script are ASCII ({@code ۲۰۲۴} is {@code 2024}).</li>
 *   <li>Russian only: {@code ё} is {@code е} ({@code Ёлка}, {@code ёлка} and {@code елка} are one word:
 *       Russian print mostly leaves the dots off), and stress marks (U+0301, U+0300) are dropped
 *       ({@code за́мок} is {@code замок}).</li>
 *   <li>A word with combining marks is composed (NFC), so {@code café} typed with a combining accent is
 *       {@code café}.</li>
 * </ol>
 * A language without rules of its own (English among them) gets 1–3 and 5.
 *
 * <p>Thread-safe: no state.
 */
final class TargetWords {

    private static final TargetWords GENERAL = new TargetWords(false);
    private static final TargetWords RUSSIAN = new TargetWords(true);

    private static final int CYRILLIC_IO = 'ё';
    private static final int CYRILLIC_IE = 'е';
    private static final int COMBINING_GRAVE = '\u0300';
    private static final int COMBINING_ACUTE = '\u0301';
    private static final int COMBINING_DIAERESIS = '\u0308';

    private final boolean russian;

    private TargetWords(boolean russian) {
        this.russian = russian;
    }

    /** The rules for a target language (a primary subtag such as {@code en}, {@code ru}). */
    static TargetWords of(String language) {
        return "ru".equals(language) ? RUSSIAN : GENERAL;
    }

    /** The folded words of a plain text, in order (repeats kept). */
    String[] words(String plain) {
        return split(plain).words();
    }

    /**
     * Where the phrase (folded words, as {@link #words} gives them) first stands in the plain text as
     * consecutive words: from the start of its first word to the end of its last one.
     */
    Optional<Span> find(String plain, String[] phrase) {
        if (phrase.length == 0) {
            return Optional.empty();
        }
        Split split = split(plain);
        String[] words = split.words();
        for (int first = 0; first + phrase.length <= words.length; first++) {
            int k = 0;
            while (k < phrase.length && words[first + k].equals(phrase[k])) {
                k++;
            }
            if (k == phrase.length) {
                return Optional.of(new Span(split.starts()[first], split.ends()[first + phrase.length - 1]));
            }
        }
        return Optional.empty();
    }

    /**
     * What a unit's target words must hold for the normalized key of its target to contain
     * {@code key} (a normalized phrase) as a substring, provided the index has the words of that key
     * ({@link MatchKeys}): each word of the phrase is in a word of the key, and is that whole word
     * when separators stand on both sides of it in the phrase. Sound because these rules split at the
     * same characters and fold one character at a time wherever a text stands; the one exception, a
     * mark that a phrase starts with (a separator there, part of the word before it in the key), makes
     * the word after it a part, not a whole word.
     */
    List<WordPart> parts(String key) {
        Split split = split(key);
        List<WordPart> parts = new ArrayList<>(split.words().length);
        for (int i = 0; i < split.words().length; i++) {
            int start = split.starts()[i];
            int end = split.ends()[i];
            boolean whole = start > 0 && end < key.length() && !isMark(key.codePointBefore(start));
            parts.add(new WordPart(split.words()[i], whole));
        }
        return parts;
    }

    private record Split(String[] words, int[] starts, int[] ends) {
    }

    private Split split(String text) {
        List<String> words = new ArrayList<>();
        int[] starts = new int[16];
        int[] ends = new int[16];
        StringBuilder word = new StringBuilder(24);
        boolean marks = false;
        int start = -1;
        for (int i = 0; i <= text.length(); ) {
            int c = i < text.length() ? text.codePointAt(i) : ' ';
            boolean mark = c >= COMBINING_GRAVE && isMark(c);
            boolean inWord = i < text.length() && (isLetterOrDigit(c) || mark && start >= 0);
            if (inWord) {
                if (start < 0) {
                    start = i;
                }
                if (mark) {
                    if (!(russian && isRussianAccent(c))) {
                        word.appendCodePoint(c);
                        marks = true;
                    }
                } else {
                    word.appendCodePoint(fold(c));
                }
            } else if (start >= 0) {
                if (words.size() == starts.length) {
                    starts = Arrays.copyOf(starts, starts.length * 2);
                    ends = Arrays.copyOf(ends, ends.length * 2);
                }
                starts[words.size()] = start;
                ends[words.size()] = i;
                String folded = word.toString();
                words.add(marks ? Normalizer.normalize(folded, Normalizer.Form.NFC) : folded);
                word.setLength(0);
                marks = false;
                start = -1;
            }
            i += Character.charCount(c);
        }
        return new Split(words.toArray(new String[0]), starts, ends);
    }

    private static boolean isLetterOrDigit(int c) {
        if (c < 0x80) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        }
        return Character.isLetterOrDigit(c);
    }

    private static boolean isMark(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    private int fold(int c) {
        if (c < 0x80) {
            return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
        }
        if (Character.isDigit(c)) {
            int digit = Character.digit(c, 10);
            return digit >= 0 ? '0' + digit : c;
        }
        // lower case first: simple folding leaves a dotted capital İ as it is, lower case makes it i
        int folded = UCharacter.foldCase(Character.toLowerCase(c), UCharacter.FOLD_CASE_DEFAULT);
        return russian && folded == CYRILLIC_IO ? CYRILLIC_IE : folded;
    }

    /** Stress marks, and the diaeresis of a decomposed {@code ё}: dropped so the word folds as if unmarked. */
    private static boolean isRussianAccent(int c) {
        return c == COMBINING_ACUTE || c == COMBINING_GRAVE || c == COMBINING_DIAERESIS;
    }
}
