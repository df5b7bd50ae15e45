package org.tarjoman.memory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.tarjoman.core.normalize.PersianChars;
import org.tarjoman.core.normalize.PersianNormalizer;

/**
 * The word tokens fuzzy matching compares, and where each sits in the plain text.
 *
 * <p>A token is a word of the normalized key ({@link PersianNormalizer}: so {@code می شود},
 * {@code می‌شود} and {@code میشود} are one token, {@code ي} is {@code ی}, {@code ۱۲} is {@code 12}) with
 * punctuation trimmed from both ends ({@code «پارلمان} → {@code پارلمان}, {@code ۲۰۱۸.} → {@code 2018});
 * a word of punctuation only is no token. A token is a number when it contains a digit.
 */
final class Words {

    private Words() {
    }

    /** The tokens of a normalized key. */
    static String[] tokens(String key) {
        if (key.isEmpty()) {
            return new String[0];
        }
        List<String> out = new ArrayList<>(16);
        int start = 0;
        for (int i = 0; i <= key.length(); i++) {
            if (i == key.length() || key.charAt(i) == ' ') {
                String token = trim(key, start, i);
                if (!token.isEmpty()) {
                    out.add(token);
                }
                start = i + 1;
            }
        }
        return out.toArray(new String[0]);
    }

    /**
     * What a unit's tokens must hold for its key to contain {@code key} (a normalized phrase) as a
     * substring: each space-separated piece, trimmed as tokens are, is in a token of the unit (a piece
     * inside the phrase is a whole token). A piece of punctuation only says nothing and is left out.
     * Sound because a piece found inside a word of the unit's key keeps, once trimmed, within that
     * word's token: trimming takes off only punctuation, which comes before the piece's first letter
     * and after its last.
     */
    static List<WordPart> parts(String key) {
        String[] pieces = key.isEmpty() ? new String[0] : key.split(" ");
        List<WordPart> parts = new ArrayList<>(pieces.length);
        for (int i = 0; i < pieces.length; i++) {
            String piece = trim(pieces[i], 0, pieces[i].length());
            if (!piece.isEmpty()) {
                parts.add(new WordPart(piece, i > 0 && i < pieces.length - 1));
            }
        }
        return parts;
    }

    static boolean isNumber(String token) {
        for (int i = 0; i < token.length(); i++) {
            if (Character.isDigit(token.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The tokens of a plain text with their spans {@code [starts[i], ends[i])} in it. Each key word is
     * mapped back to the run of whitespace-separated words of the text whose keys, concatenated, spell
     * it (the normalizer only folds characters and removes spaces inside split words); should that ever
     * fail, offsets fall back to positions proportional to the key.
     */
    static Spanned spanned(String plain, PersianNormalizer normalizer, WordKeys wordKeys) {
        int[] rawStarts = new int[16];
        int[] rawEnds = new int[rawStarts.length];
        String[] rawKeys = new String[rawStarts.length];
        int raws = 0;
        for (int i = 0; i < plain.length(); ) {
            while (i < plain.length() && PersianChars.isSpace(plain.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < plain.length() && !PersianChars.isSpace(plain.charAt(i))) {
                i++;
            }
            if (i > start) {
                if (raws == rawStarts.length) {
                    rawStarts = Arrays.copyOf(rawStarts, raws * 2);
                    rawEnds = Arrays.copyOf(rawEnds, raws * 2);
                    rawKeys = Arrays.copyOf(rawKeys, raws * 2);
                }
                rawStarts[raws] = start;
                rawEnds[raws] = i;
                rawKeys[raws++] = wordKeys.of(plain.substring(start, i));
            }
        }
        // The whole text's key from its words' remembered keys: normalizing the text again was half of
        // this method's time (JFR, the editor's look-up at 1M units).
        String key = normalizer.joinWordKeys(Arrays.asList(rawKeys).subList(0, raws));
        String[] keyWords = key.isEmpty() ? new String[0] : key.split(" ");
        List<String> tokens = new ArrayList<>(keyWords.length);
        int[] starts = new int[keyWords.length];
        int[] ends = new int[keyWords.length];
        int count = 0;
        int raw = 0;
        int keyOffset = 0;
        boolean aligned = true;
        for (String word : keyWords) {
            int spanStart;
            int spanEnd;
            StringBuilder spelled = new StringBuilder(word.length());
            while (aligned && raw < raws && rawKeys[raw].isEmpty()) {
                raw++;
            }
            int first = raw;
            while (aligned && raw < raws && spelled.length() < word.length()) {
                spelled.append(rawKeys[raw++]);
            }
            aligned &= first < raws && spelled.toString().equals(word);
            if (aligned) {
                spanStart = rawStarts[first];
                spanEnd = rawEnds[raw - 1];
            } else {
                spanStart = (int) ((long) keyOffset * plain.length() / Math.max(1, key.length()));
                spanEnd = (int) ((long) (keyOffset + word.length()) * plain.length() / Math.max(1, key.length()));
            }
            keyOffset += word.length() + 1;
            String token = trim(word, 0, word.length());
            if (token.isEmpty()) {
                continue;
            }
            while (spanStart < spanEnd - 1 && !isWordChar(plain.charAt(spanStart))) {
                spanStart++;
            }
            while (spanEnd > spanStart + 1 && !isWordChar(plain.charAt(spanEnd - 1))) {
                spanEnd--;
            }
            tokens.add(token);
            starts[count] = spanStart;
            ends[count++] = spanEnd;
        }
        return new Spanned(tokens.toArray(new String[0]), Arrays.copyOf(starts, count), Arrays.copyOf(ends, count));
    }

    /** Tokens with their spans in the plain text. */
    record Spanned(String[] tokens, int[] starts, int[] ends) {
    }

    private static String trim(String s, int from, int to) {
        while (from < to && !Character.isLetterOrDigit(s.charAt(from))) {
            from++;
        }
        while (to > from && !Character.isLetterOrDigit(s.charAt(to - 1))) {
            to--;
        }
        return s.substring(from, to);
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }
}
