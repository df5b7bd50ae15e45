package org.tarjoman.core.normalize;

/**
 * The characters of Persian text that the code tests for by name, and the few questions asked of
 * them everywhere: is this a space, is this a digit and of what value, which Persian letter does an
 * Arabic keyboard's letter stand for.
 *
 * <table>
 *   <caption>What each predicate means</caption>
 *   <tr><th>predicate</th><th>true for</th><th>false for</th></tr>
 *   <tr><td>{@link #isSpace}</td><td>Java whitespace and every Unicode space separator, the no-break
 *       ones included: NBSP U+00A0, figure space U+2007, narrow NBSP U+202F (French-style typography
 *       and pasted web text put them between words)</td><td>ZWNJ, ZWJ, BOM: they join or hide, they do
 *       not separate words</td></tr>
 *   <tr><td>{@link #isDigit}, {@link #digitValue}</td><td>ASCII {@code 0–9}, Persian {@code ۰–۹}
 *       U+06F0–U+06F9, Arabic-Indic {@code ٠–٩} U+0660–U+0669 (Arabic keyboards, some news feeds)</td>
 *       <td>other scripts' digits, which Persian news does not use</td></tr>
 *   <tr><td>{@link #isPersianLetter}</td><td>letters of the Arabic block U+0620–U+06FF (the Persian
 *       alphabet and the Arabic letters normalization folds)</td><td>marks, digits, punctuation of the
 *       block; presentation forms</td></tr>
 *   <tr><td>{@link #persianLetter}</td><td>Arabic yeh {@code ي} and alef maksura {@code ى} → Farsi yeh
 *       {@code ی}; Arabic kaf {@code ك} → keheh {@code ک}</td><td>every other character (unchanged)</td></tr>
 * </table>
 *
 * <p>Text is stored and shown as written: these fold only where a caller compares (matching keys,
 * month names, numbers' values).
 */
public final class PersianChars {

    /** Zero-width non-joiner: the half-space inside a Persian word ({@code می‌شود}); not a space. */
    public static final char ZWNJ = '\u200C';
    /** Zero-width joiner: forces a joining form ({@code ه‍}); not a space. */
    public static final char ZWJ = '\u200D';
    /** Byte-order mark (zero-width no-break space): invisible, left at the start of files. */
    public static final char BOM = '\uFEFF';
    public static final char NBSP = '\u00A0';
    public static final char FIGURE_SPACE = '\u2007';
    public static final char NARROW_NBSP = '\u202F';

    public static final char PERSIAN_DIGIT_ZERO = '\u06F0';
    public static final char ARABIC_INDIC_DIGIT_ZERO = '\u0660';
    /** For a regular expression: any digit of the three scripts. */
    public static final String DIGIT_CLASS = "[0-9\\u06F0-\\u06F9\\u0660-\\u0669]";

    public static final char ARABIC_YEH = '\u064A';
    public static final char ALEF_MAKSURA = '\u0649';
    public static final char FARSI_YEH = '\u06CC';
    public static final char ARABIC_KAF = '\u0643';
    public static final char KEHEH = '\u06A9';
    public static final char HEH = '\u0647';

    private PersianChars() {
    }

    /** Whether {@code c} separates words on screen (see the class comment); ZWNJ does not. */
    public static boolean isSpace(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /**
     * A letter of the Arabic block U+0620–U+06FF, which holds the Persian alphabet ({@code ی},
     * {@code ک}, {@code پ}, {@code چ}, {@code ژ}, {@code گ}); marks, digits and punctuation of the block
     * are not letters.
     */
    public static boolean isPersianLetter(char c) {
        return c >= '\u0620' && c <= '\u06FF' && Character.isLetter(c);
    }

    public static boolean isDigit(char c) {
        return digitValue(c) >= 0;
    }

    /** The value 0–9 of a digit of any of the three scripts, or -1. */
    public static int digitValue(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= PERSIAN_DIGIT_ZERO && c <= PERSIAN_DIGIT_ZERO + 9) {
            return c - PERSIAN_DIGIT_ZERO;
        }
        if (c >= ARABIC_INDIC_DIGIT_ZERO && c <= ARABIC_INDIC_DIGIT_ZERO + 9) {
            return c - ARABIC_INDIC_DIGIT_ZERO;
        }
        return -1;
    }

    /** The ASCII digit of a digit of any of the three scripts; any other character unchanged. */
    public static char asciiDigit(char c) {
        int value = digitValue(c);
        return value >= 0 ? (char) ('0' + value) : c;
    }

    /** {@code text} with every digit written as its ASCII digit; other characters unchanged. */
    public static String asciiDigits(CharSequence text) {
        StringBuilder ascii = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            ascii.append(asciiDigit(text.charAt(i)));
        }
        return ascii.toString();
    }

    /** The non-negative integer written with digits only, in any of the three scripts. */
    public static int parseDigits(CharSequence digits) {
        return Integer.parseInt(asciiDigits(digits));
    }

    /** The Persian letter an Arabic keyboard's {@code ي} {@code ى} {@code ك} stands for; any other character unchanged. */
    public static char persianLetter(char c) {
        return switch (c) {
            case ARABIC_YEH, ALEF_MAKSURA -> FARSI_YEH;
            case ARABIC_KAF -> KEHEH;
            default -> c;
        };
    }

    /** {@code text} with {@link #persianLetter} applied to every character. */
    public static String persianLetters(CharSequence text) {
        StringBuilder persian = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            persian.append(persianLetter(text.charAt(i)));
        }
        return persian.toString();
    }
}
