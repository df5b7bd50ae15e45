package org.tarjoman.memory;

import java.util.concurrent.ConcurrentHashMap;

import org.tarjoman.core.normalize.PersianNormalizer;

/**
 * The normalized keys of single words, remembered. The differences of every fuzzy match map the
 * unit's key words back to its text by normalizing each of its words again ({@link Words#spanned});
 * that was a sixth of a look-up's server time (JFR, 100k units), and news repeats its words. A word's
 * key depends on the word alone, so a remembered one is exactly what the normalizer gives. Bounded:
 * emptied when full, which costs only the next misses.
 */
final class WordKeys {

    /** About 10 MB at most of short Persian and Latin words and their keys. */
    private static final int MAX_WORDS = 50_000;

    private final PersianNormalizer normalizer;
    private final ConcurrentHashMap<String, String> keys = new ConcurrentHashMap<>();

    WordKeys(PersianNormalizer normalizer) {
        this.normalizer = normalizer;
    }

    String of(String word) {
        String key = keys.get(word);
        if (key == null) {
            key = normalizer.normalize(word);
            if (keys.size() >= MAX_WORDS) {
                keys.clear();
            }
            keys.put(word, key);
        }
        return key;
    }
}
