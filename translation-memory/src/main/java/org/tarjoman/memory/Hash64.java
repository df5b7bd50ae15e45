package org.tarjoman.memory;

/**
 * 64-bit string hashes for the index's lookup tables: FNV-1a over the UTF-16 chars, finished with
 * MurmurHash3's fmix64 so that the low bits used by the open-addressing tables are well spread.
 * Not cryptographic; every hash hit is verified against the text, except in
 * {@link TranslationMemory#findDuplicate}, which relies on 128 bits (source and pair hash).
 */
final class Hash64 {

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private Hash64() {
    }

    static long of(CharSequence text) {
        return append(FNV_OFFSET, text);
    }

    /** Hash of several texts, {@code null} hashing differently from "". */
    static long of(CharSequence... texts) {
        long h = FNV_OFFSET;
        for (CharSequence text : texts) {
            h = text == null ? (h ^ 0x9e3779b97f4a7c15L) * FNV_PRIME : append(h, text);
            h = (h ^ 0xffff) * FNV_PRIME;
        }
        return mix(h);
    }

    private static long append(long h, CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            h = (h ^ text.charAt(i)) * FNV_PRIME;
        }
        return mix(h ^ text.length());
    }

    static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
