package org.tarjoman.core.normalize;

import static org.tarjoman.core.normalize.PersianChars.BOM;
import static org.tarjoman.core.normalize.PersianChars.FARSI_YEH;
import static org.tarjoman.core.normalize.PersianChars.HEH;
import static org.tarjoman.core.normalize.PersianChars.ZWJ;
import static org.tarjoman.core.normalize.PersianChars.ZWNJ;

import java.text.Normalizer;
import java.util.List;

/**
 * Builds the matching key of a Persian text: two texts that a Persian reader sees as the same
 * words get the same key. Keys are only compared, never stored as text nor shown.
 *
 * <p>Letters are folded <em>toward Persian</em> (as Hazm does; Lucene folds toward Arabic): our
 * stored text is Persian, so most characters already are in their key form, and a key stays
 * readable Persian in a log or a debugger.
 *
 * <table>
 *   <caption>Rules, applied in this order</caption>
 *   <tr><th>rule</th><th>from</th><th>to</th></tr>
 *   <tr><td>1</td><td>text not in NFC ({@code ا + ٓ}, {@code ي + ٔ})</td><td>NFC ({@code آ}, {@code ئ})</td></tr>
 *   <tr><td>2</td><td>Arabic yeh {@code ي} U+064A, alef maksura {@code ى} U+0649</td><td>Farsi yeh {@code ی} U+06CC</td></tr>
 *   <tr><td>3</td><td>yeh with hamza {@code ئ} U+0626 at the end of a word ({@code ناشئ})</td><td>{@code ی} ({@code ناشی}); kept inside a word ({@code رئیس}, {@code سئول} ≠ {@code سیول})</td></tr>
 *   <tr><td>4</td><td>Arabic kaf {@code ك} U+0643</td><td>keheh {@code ک} U+06A9</td></tr>
 *   <tr><td>5</td><td>teh marbuta {@code ة} U+0629, heh with yeh above {@code ۀ} U+06C0, heh goal {@code ہ}
 *       U+06C1/U+06C2, heh doachashmee {@code ھ} U+06BE, ae {@code ە} U+06D5</td><td>heh {@code ه} U+0647</td></tr>
 *   <tr><td>6</td><td>alef with hamza {@code أ} {@code إ}, alef wasla {@code ٱ}</td><td>alef {@code ا}; alef madda {@code آ} is
 *       a letter of its own and stays ({@code آمار} ≠ {@code امار})</td></tr>
 *   <tr><td>7</td><td>Arabic marks: harakat and hamza above/below U+064B–U+065F, superscript alef U+0670,
 *       Quranic marks; tatweel {@code ـ} U+0640</td><td>removed, so {@code خانهٔ} = {@code خانۀ} = {@code خانه};
 *       {@code ی} + hamza above counts as {@code ئ}</td></tr>
 *   <tr><td>8</td><td>Persian {@code ۰–۹} and Arabic-Indic {@code ٠–٩} digits; {@code ٫} U+066B; {@code ٬} U+066C;
 *       {@code ٪} U+066A</td><td>{@code 0–9}; {@code .}; {@code ,}; {@code %}. The Persian comma {@code ،} is
 *       punctuation, not a digit separator, and stays</td></tr>
 *   <tr><td>9</td><td>ZWNJ, ZWJ (so {@code ه‍} = {@code ه}), soft hyphen, LRM/RLM/ALM, U+202A–U+202E,
 *       U+2066–U+2069, BOM</td><td>removed; ZWNJ joins the parts of a word</td></tr>
 *   <tr><td>10</td><td>upper-case letters ({@code BRICS})</td><td>lower case, locale-independent</td></tr>
 *   <tr><td>11</td><td>runs of whitespace, NBSP, tabs, newlines</td><td>one space; trimmed</td></tr>
 *   <tr><td>12</td><td>a space inside a word written split ({@code می شود}, {@code همکاری ها},
 *       {@code بین المللی})</td><td>removed, see {@link SplitWordJoiner}</td></tr>
 * </table>
 *
 * <p>Characters other code tests for too (ZWNJ, the yeh and kaf pairs, digits) are named, and
 * folded, in {@link PersianChars}; the rest are this class's own.
 *
 * <p>Thread-safe: no state. One pass over the characters; NFC only when the text needs it.
 */
public final class PersianNormalizer {

    private static final char YEH_WITH_HAMZA_ABOVE = '\u0626';
    private static final char TEH_MARBUTA = '\u0629';
    private static final char HEH_WITH_YEH_ABOVE = '\u06C0';
    private static final char HEH_GOAL = '\u06C1';
    private static final char HEH_GOAL_WITH_HAMZA_ABOVE = '\u06C2';
    private static final char HEH_DOACHASHMEE = '\u06BE';
    private static final char AE = '\u06D5';
    private static final char ALEF = '\u0627';
    private static final char ALEF_WITH_HAMZA_ABOVE = '\u0623';
    private static final char ALEF_WITH_HAMZA_BELOW = '\u0625';
    private static final char ALEF_WASLA = '\u0671';
    private static final char HAMZA_ABOVE = '\u0654';
    private static final char TATWEEL = '\u0640';
    private static final char FIRST_ARABIC_MARK = '\u0610';
    private static final char LAST_ARABIC_MARK = '\u06ED';
    private static final char ARABIC_DECIMAL_SEPARATOR = '\u066B';
    private static final char ARABIC_THOUSANDS_SEPARATOR = '\u066C';
    private static final char ARABIC_PERCENT_SIGN = '\u066A';
    private static final char SOFT_HYPHEN = '\u00AD';
    private static final char LRM = '\u200E';
    private static final char RLM = '\u200F';
    private static final char ALM = '\u061C';
    private static final char LRE = '\u202A';
    private static final char RLO = '\u202E';
    private static final char LRI = '\u2066';
    private static final char PDI = '\u2069';

    private final SplitWordJoiner joiner = new SplitWordJoiner();

    public String normalize(CharSequence text) {
        CharSequence in = Normalizer.isNormalized(text, Normalizer.Form.NFC)
                ? text
                : Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder key = new StringBuilder(in.length());
        boolean pendingSpace = false;
        boolean removedAny = false;
        for (int i = 0; i < in.length(); i++) {
            char c = in.charAt(i);
            if (PersianChars.isSpace(c)) {
                endWord(key);
                pendingSpace = key.length() > 0;
            } else if (isInvisible(c)) {
                if (c == ZWNJ) {
                    endWord(key);
                }
                removedAny = true;
            } else if (isArabicMark(c) || c == TATWEEL) {
                if (c == HAMZA_ABOVE && !pendingSpace) {
                    seatHamzaOnYeh(key);
                }
                removedAny = true;
            } else {
                char folded = fold(c);
                if (!Character.isLetter(folded)) {
                    endWord(key);
                }
                if (pendingSpace) {
                    key.append(' ');
                    pendingSpace = false;
                }
                key.append(folded);
            }
        }
        endWord(key);
        // Removing a format character can bring a Latin letter next to its combining accent.
        String folded = key.toString();
        if (removedAny && !Normalizer.isNormalized(folded, Normalizer.Form.NFC)) {
            folded = Normalizer.normalize(folded, Normalizer.Form.NFC);
        }
        return joiner.join(folded);
    }

    /**
     * The key of a text from the {@link #normalize keys} of its words, the runs of non-{@link
     * PersianChars#isSpace space} characters in order: the same key {@code normalize} gives the whole
     * text. Every rule above but the last stays inside a word (NFC composes nothing across a space, and a
     * space ends the word for the final {@code ئ} and the hamza), so only the split-word joining is left
     * to run on the joined words. For a caller that keeps the keys of single words anyway: it saves the
     * second pass over the text (the differences of every fuzzy match need both).
     */
    public String joinWordKeys(List<String> wordKeys) {
        StringBuilder joined = new StringBuilder();
        for (String word : wordKeys) {
            if (!word.isEmpty()) {
                if (joined.length() > 0) {
                    joined.append(' ');
                }
                joined.append(word);
            }
        }
        return joiner.join(joined.toString());
    }

    private static char fold(char c) {
        switch (c) {
            case TEH_MARBUTA, HEH_WITH_YEH_ABOVE, HEH_GOAL, HEH_GOAL_WITH_HAMZA_ABOVE, HEH_DOACHASHMEE, AE:
                return HEH;
            case ALEF_WITH_HAMZA_ABOVE, ALEF_WITH_HAMZA_BELOW, ALEF_WASLA:
                return ALEF;
            case ARABIC_DECIMAL_SEPARATOR:
                return '.';
            case ARABIC_THOUSANDS_SEPARATOR:
                return ',';
            case ARABIC_PERCENT_SIGN:
                return '%';
            default:
                // rules 2, 4 (Arabic keyboard letters), 8 (digits) and 10
                return Character.toLowerCase(PersianChars.asciiDigit(PersianChars.persianLetter(c)));
        }
    }

    /** A word-final {@code ئ} is the Arabic spelling of a Persian final {@code ی} ({@code ناشئ}, {@code مبتدئ}). */
    private static void endWord(StringBuilder key) {
        int last = key.length() - 1;
        if (last >= 0 && key.charAt(last) == YEH_WITH_HAMZA_ABOVE) {
            key.setCharAt(last, FARSI_YEH);
        }
    }

    /** NFC composes {@code ي + ٔ} into {@code ئ} but not {@code ی + ٔ}; treat both alike. */
    private static void seatHamzaOnYeh(StringBuilder key) {
        int last = key.length() - 1;
        if (last >= 0 && key.charAt(last) == FARSI_YEH) {
            key.setCharAt(last, YEH_WITH_HAMZA_ABOVE);
        }
    }

    private static boolean isInvisible(char c) {
        return c == ZWNJ || c == ZWJ || c == SOFT_HYPHEN || c == LRM || c == RLM || c == ALM || c == BOM
                || (c >= LRE && c <= RLO) || (c >= LRI && c <= PDI);
    }

    private static boolean isArabicMark(char c) {
        return c >= FIRST_ARABIC_MARK && c <= LAST_ARABIC_MARK && Character.getType(c) == Character.NON_SPACING_MARK;
    }
}
