package org.tarjoman.memory;

/**
 * A piece of a searched phrase that one word of a unit must hold for the unit's normalized key to
 * contain the phrase's key as a substring: a word equal to it ({@code whole}: the piece stands
 * between separators in the phrase, so it does in the key too) or a word containing it (a piece at
 * either end of the phrase may be the end or the start of a longer word). Holding every part is
 * necessary, not sufficient: the parts say nothing of order, so the caller compares the text itself.
 */
record WordPart(String text, boolean whole) {

    /** The ordinals, as one bit each, of the units having a word that {@code vocabulary} files under this part. */
    long[] ordinals(Vocabulary vocabulary, PostingLists postings, int ordinals) {
        long[] bits = new long[ordinals / 64 + 1];
        if (whole) {
            int id = vocabulary.id(text);
            if (id >= 0) {
                postings.addTo(id, bits);
            }
        } else {
            for (int id : vocabulary.containing(text)) {
                postings.addTo(id, bits);
            }
        }
        return bits;
    }
}
