package org.tarjoman.core.count;

import org.tarjoman.core.normalize.PersianChars;

/**
 * Counts words the way translators are paid for them (GMX-V word count, simplified for Persian):
 * <ul>
 *   <li>a word is a maximal run of characters that are not spaces ({@link PersianChars#isSpace}: no-break
 *       spaces separate words too);</li>
 *   <li>ZWNJ (U+200C) joins, it never separates: {@code همکاری‌ها} is one word, as in GMX-V where
 *       only whitespace and punctuation delimit words;</li>
 *   <li>a run made only of punctuation and symbols ({@code «}, {@code :}, {@code —}) is not a word;</li>
 *   <li>numbers, URLs and e-mail addresses count as one word each (GMX-V "placeables" count as one).</li>
 * </ul>
 * Thread-safe and allocation-free.
 */
public final class WordCounter {

    public int count(CharSequence text) {
        int words = 0;
        boolean inToken = false;
        boolean tokenHasContent = false;
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            i += Character.charCount(cp);
            if (PersianChars.isSpace(cp)) {
                if (inToken && tokenHasContent) {
                    words++;
                }
                inToken = false;
                tokenHasContent = false;
            } else {
                inToken = true;
                tokenHasContent |= Character.isLetterOrDigit(cp);
            }
        }
        return inToken && tokenHasContent ? words + 1 : words;
    }
}
