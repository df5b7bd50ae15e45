package org.tarjoman.core.placeable;

/**
 * The digits a Persian text may use: ASCII {@code 0–9}, Persian {@code ۰–۹} (U+06F0–U+06F9) and
 * Arabic-Indic {@code ٠–٩} (U+0660–U+0669), which Arabic keyboards and some news feeds produce.
 */
public final class Digits {

    /** For a regular expression character class: any digit of the three scripts. */
    public static final String CLASS = "[0-9\\u06F0-\\u06F9\\u0660-\\u0669]";

    private static final char PERSIAN_ZERO = '\u06F0';
    private static final char ARABIC_INDIC_ZERO = '\u0660';

    private Digits() {
    }

    public static boolean isDigit(char c) {
        return value(c) >= 0;
    }

    /** The value 0–9 of a digit of any of the three scripts, or -1. */
    public static int value(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= PERSIAN_ZERO && c <= PERSIAN_ZERO + 9) {
            return c - PERSIAN_ZERO;
        }
        if (c >= ARABIC_INDIC_ZERO && c <= ARABIC_INDIC_ZERO + 9) {
            return c - ARABIC_INDIC_ZERO;
        }
        return -1;
    }

    /** {@code text} with every digit replaced by its ASCII digit; other characters unchanged. */
    public static String toAscii(CharSequence text) {
        StringBuilder ascii = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int value = value(c);
            ascii.append(value >= 0 ? (char) ('0' + value) : c);
        }
        return ascii.toString();
    }

    /** The non-negative integer written with digits only, in any of the three scripts. */
    public static int parseInt(CharSequence digits) {
        return Integer.parseInt(toAscii(digits));
    }
}
