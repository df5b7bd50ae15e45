package org.tarjoman.memory;

/**
 * What a memory's index files a translation under that depends on its texts alone: the source's
 * normalized key and what derives from it, and the target's words. Computed once per translation
 * ({@link TranslationMemory#keys}) and handed to the look-up and the put that follow: an import looks
 * each unit up, writes it and indexes it, and normalizing its source for each step was a tenth of a
 * million-unit import. Immutable.
 */
public final class TextKeys {

    final String source;
    final String target;
    final String sourceKey;
    final long keyHash;
    final long pairHash;
    final int codeSignature;
    final String[] tokens;
    final String[] targetWords;

    TextKeys(String source, String target, String sourceKey, long keyHash, long pairHash, int codeSignature,
             String[] tokens, String[] targetWords) {
        this.source = source;
        this.target = target;
        this.sourceKey = sourceKey;
        this.keyHash = keyHash;
        this.pairHash = pairHash;
        this.codeSignature = codeSignature;
        this.tokens = tokens;
        this.targetWords = targetWords;
    }

    /** The source's normalized key (inline codes left out), as concordance compares it. */
    public String sourceKey() {
        return sourceKey;
    }

    /** Whether these are the keys of this source and target (tagged text, exactly). */
    public boolean of(String taggedSource, String taggedTarget) {
        return source.equals(taggedSource) && target.equals(taggedTarget);
    }
}
