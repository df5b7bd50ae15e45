package org.tarjoman.memory;

import org.tarjoman.core.normalize.JoinedKey;
import org.tarjoman.core.normalize.PersianChars;
import org.tarjoman.core.normalize.PersianNormalizer;

/**
 * What the index needs of a source segment, computed outside the memory's lock: the normalized
 * key and its word tokens (fuzzy matching), and the hash of the {@link JoinedKey} (the key with
 * the spaces touching Persian letters removed), under which the index files units for the exact
 * and normalized lookup. Thread-safe (the normalizer has no state).
 *
 * <p>One hash, of the joined key, serves both exact and normalized lookups: the joined key is a
 * function of the normalized key, so units sharing the normalized key also share it, and a
 * spacing variant that the normalizer's split-word list misses ({@code آتش سوزی} for
 * {@code آتش‌سوزی}) is found by the same map lookup, at no memory per unit.
 */
final class MatchKeys {

    private final PersianNormalizer normalizer = new PersianNormalizer();
    /** One for every memory of the process: a word's key is the same in all of them. */
    private static final WordKeys WORD_KEYS = new WordKeys(new PersianNormalizer());

    /** A unit as the index stores it: {@code targetWords} are its target's words ({@link TargetWords}). */
    record Unit(long id, long changedAt, int usageCount, long keyHash, long pairHash, int codeSignature,
                String[] tokens, String[] targetWords) {
    }

    /** A query, with what verification needs besides the index. */
    record Query(MatchQuery query, TaggedSource source, String key, String joinedKey, String[] tokens, long keyHash,
                 String previousKey, String nextKey, int codeSignature) {
    }

    Unit unit(TranslationUnit unit) {
        return unit(unit, texts(unit.source(), unit.target(), unit.pair().target()));
    }

    /** The unit as the index stores it, with keys computed earlier from its source and target. */
    Unit unit(TranslationUnit unit, TextKeys texts) {
        if (!texts.of(unit.source(), unit.target())) {
            throw new IllegalArgumentException("the keys are of another translation than unit " + unit.id());
        }
        return new Unit(unit.id(), unit.changedAt().toEpochMilli(), unit.usageCount(), texts.keyHash, texts.pairHash,
                texts.codeSignature, texts.tokens, texts.targetWords);
    }

    /** The keys of a translation's texts, the target's words folded by the rules of {@code targetLanguage}. */
    TextKeys texts(String taggedSource, String taggedTarget, String targetLanguage) {
        TaggedSource source = TaggedSource.parse(taggedSource);
        String key = normalizer.normalize(source.plain());
        return new TextKeys(taggedSource, taggedTarget, key, Hash64.of(JoinedKey.of(key)),
                pairHash(taggedSource, taggedTarget), source.codeSignature(), Words.tokens(key),
                targetWords(taggedTarget, targetLanguage));
    }

    /**
     * A target's words, and those of its normalized key where they differ (a Persian target's folded
     * letters, words the key joins where the text had a ZWNJ or a soft hyphen): target concordance
     * needs the first, the maintenance text search ({@link TargetWords#parts}) the second. A word both
     * have is filed once.
     */
    private String[] targetWords(String taggedTarget, String targetLanguage) {
        TargetWords rules = TargetWords.of(targetLanguage);
        String plain = TaggedSource.parse(taggedTarget).plain();
        String[] words = rules.words(plain);
        String[] keyWords = rules.words(normalizer.normalize(plain));
        if (java.util.Arrays.equals(words, keyWords)) {
            return words;
        }
        String[] both = java.util.Arrays.copyOf(words, words.length + keyWords.length);
        System.arraycopy(keyWords, 0, both, words.length, keyWords.length);
        return both;
    }

    Query query(MatchQuery query) {
        TaggedSource source = TaggedSource.parse(query.source());
        String key = normalizer.normalize(source.plain());
        String previousKey = contextKey(query.previous());
        String nextKey = contextKey(query.next());
        String joinedKey = JoinedKey.of(key);
        return new Query(query, source, key, joinedKey, Words.tokens(key), Hash64.of(joinedKey), previousKey,
                nextKey, source.codeSignature());
    }

    /** The normalized key of a plain text, as the store's concordance columns hold it. */
    String normalize(String plain) {
        return normalizer.normalize(plain);
    }

    String key(String taggedSource) {
        return normalizer.normalize(TaggedSource.parse(taggedSource).plain());
    }

    /** The key under which the index files a source: the hash of its joined key. */
    long keyHash(String taggedSource) {
        return Hash64.of(JoinedKey.of(key(taggedSource)));
    }

    String key(TaggedSource source) {
        return normalizer.normalize(source.plain());
    }

    /** The normalized key of a context segment, {@code null} when there is none. */
    String contextKey(String context) {
        if (context == null || context.isBlank()) {
            return null;
        }
        return key(context);
    }

    static long pairHash(String source, String target) {
        return Hash64.of(source, target);
    }

    Words.Spanned spanned(TaggedSource source) {
        return Words.spanned(source.plain(), normalizer, WORD_KEYS);
    }

    /**
     * The source with letters folded but word boundaries kept, to tell the two normalized scores
     * apart: each piece between whitespace, ZWNJs and inline codes is normalized on its own and the
     * pieces are joined by what separated them (one space for any run of whitespace, ZWNJ, the tag).
     */
    String wordForm(TaggedSource source) {
        String plain = source.plain();
        StringBuilder out = new StringBuilder(plain.length() + 16);
        int code = 0;
        int pieceStart = 0;
        for (int i = 0; i <= plain.length(); i++) {
            boolean atCode = code < source.codes().size() && source.codes().get(code).offset() == i;
            char c = i < plain.length() ? plain.charAt(i) : ' ';
            boolean gap = i < plain.length() && isGap(c);
            boolean separator = atCode || gap || i == plain.length();
            if (separator) {
                if (i > pieceStart) {
                    out.append(normalizer.normalize(plain.substring(pieceStart, i)));
                }
                while (code < source.codes().size() && source.codes().get(code).offset() == i) {
                    out.append(source.codes().get(code++).tag());
                }
                if (gap) {
                    char mark = c == PersianChars.ZWNJ ? PersianChars.ZWNJ : ' ';
                    if (out.length() == 0 || out.charAt(out.length() - 1) != mark) {
                        out.append(mark);
                    }
                }
                pieceStart = gap ? i + 1 : i;
            }
        }
        return out.toString().strip();
    }

    /** Where a piece of the word form ends: a space, or a ZWNJ inside a word. */
    private static boolean isGap(char c) {
        return c == PersianChars.ZWNJ || PersianChars.isSpace(c);
    }
}
