package org.tarjoman.core.normalize;

import static org.tarjoman.core.normalize.PersianChars.isPersianLetter;

/**
 * The <em>joined key</em>: a matching key ({@link PersianNormalizer#normalize}) with every space that
 * touches a Persian letter removed, so that texts differing only in where they put a space, a ZWNJ
 * or nothing get one key: {@code الهام‌بخش} = {@code الهام بخش} = {@code الهامبخش},
 * {@code کم فشار} = {@code کم‌فشار}, {@code آتش سوزی} = {@code آتش‌سوزی}.
 *
 * <p>Why a second key: {@link SplitWordJoiner} glues only the prefixes, suffixes and compounds it
 * knows, and must stay that careful because the normalized key's words are the fuzzy matcher's
 * tokens. Persian writers put spaces inside and between words inconsistently, and a compound the
 * list misses would otherwise fall to a fuzzy match. The joined key only decides whether two texts
 * are the same words, so it can drop them all.
 *
 * <p>Rule: a space goes when the character before or after it is a Persian letter
 * ({@code ها ،} = {@code ها،}, {@code ۲۰ ها} = {@code ۲۰‌ها}). Spaces between Latin words, digits
 * or punctuation stay: {@code 12 500} ≠ {@code 12500}, {@code New York} ≠ {@code NewYork}. The cost:
 * two Persian texts with the same letters in the same order share a key ({@code او هم کار دارد} and
 * {@code او همکار دارد}); a reader tells them apart by the score it gets (98, see the memory).
 *
 * <p>Input must be a key (single spaces, no ZWNJ); the result is a fixed point. Thread-safe.
 */
public final class JoinedKey {

    private JoinedKey() {
    }

    public static String of(String key) {
        int space = key.indexOf(' ');
        if (space < 0) {
            return key;
        }
        StringBuilder out = new StringBuilder(key.length());
        out.append(key, 0, space);
        for (int i = space; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c == ' ' && touchesPersianLetter(key, i)) {
                continue;
            }
            out.append(c);
        }
        return out.toString();
    }

    private static boolean touchesPersianLetter(String key, int space) {
        return (space > 0 && isPersianLetter(key.charAt(space - 1)))
                || (space + 1 < key.length() && isPersianLetter(key.charAt(space + 1)));
    }
}
