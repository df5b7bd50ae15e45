package org.tarjoman.memory;

import java.util.Arrays;

/**
 * The inverted index of target words ({@link TargetWords}) over the ordinals of a {@link MatchIndex}:
 * a vocabulary and posting lists of its own, and nothing per unit, so target-side concordance costs
 * only its postings (delta varints, 1–3 bytes per distinct word of a target). A phrase's word order
 * is not held; {@link TranslationMemory} checks it on the stored text. Not thread-safe.
 */
final class TargetIndex {

    private final Vocabulary vocabulary;
    private final PostingLists postings;

    TargetIndex() {
        this(new Vocabulary());
    }

    private TargetIndex(Vocabulary vocabulary) {
        this(vocabulary, new PostingLists());
    }

    private TargetIndex(Vocabulary vocabulary, PostingLists postings) {
        this.vocabulary = vocabulary;
        this.postings = postings;
    }

    void writeTo(SnapshotOutput out) throws java.io.IOException {
        vocabulary.writeTo(out);
        postings.writeTo(out);
    }

    static TargetIndex readFrom(SnapshotInput in) throws java.io.IOException {
        return new TargetIndex(Vocabulary.readFrom(in), PostingLists.readFrom(in, false));
    }

    /** Files a unit's target words under its ordinal, which must be the highest yet. */
    void add(String[] words, int ordinal) {
        for (String word : words) {
            postings.add(vocabulary.add(word), ordinal);
        }
    }

    /** The id of a word, or -1 when no target ever had it. */
    int word(String word) {
        return vocabulary.id(word);
    }

    /**
     * The ordinals (live or dead) whose target has every one of {@code words} (known word ids), ascending:
     * the posting lists intersected rarest first, so the work is bounded by the query's lists, never by
     * the memory, and a query with one rare word costs that word's list.
     */
    int[] containingAll(int[] words) {
        int[] order = Arrays.stream(words).distinct().boxed()
                .sorted((a, b) -> Integer.compare(postings.count(a), postings.count(b)))
                .mapToInt(Integer::intValue).toArray();
        int[] candidates = new int[postings.count(order[0])];
        int count = 0;
        byte[] list = postings.bytes(order[0]);
        for (int at = 0, ord = -1, length = postings.length(order[0]); at < length; ) {
            long read = Varint.read(list, at);
            ord += Varint.value(read) + 1;
            at = Varint.next(read);
            candidates[count++] = ord;
        }
        for (int w = 1; w < order.length && count > 0; w++) {
            count = intersect(candidates, count, postings.bytes(order[w]), postings.length(order[w]));
        }
        return count == candidates.length ? candidates : Arrays.copyOf(candidates, count);
    }

    /** The ordinals, one bit each, whose target has a word equal to or containing the part ({@link WordPart}). */
    long[] ordinals(WordPart part, int ordinals) {
        return part.ordinals(vocabulary, postings, ordinals);
    }

    /** A copy with ordinals renumbered by {@code remap} ({@link MatchIndex#NONE}: dropped), sharing the vocabulary. */
    TargetIndex remapped(int[] remap) {
        TargetIndex out = new TargetIndex(vocabulary);
        // remap keeps the ordinals' order, so each new list is appended in ascending order
        for (int word = 0; word < vocabulary.size(); word++) {
            byte[] list = postings.bytes(word);
            for (int at = 0, ord = -1, length = postings.length(word); at < length; ) {
                long read = Varint.read(list, at);
                ord += Varint.value(read) + 1;
                at = Varint.next(read);
                if (remap[ord] != MatchIndex.NONE) {
                    out.postings.add(word, remap[ord]);
                }
            }
        }
        return out;
    }

    void trim() {
        postings.trim();
    }

    long heapBytes() {
        return postings.heapBytes() + vocabulary.heapBytes();
    }

    /** Keeps the ascending {@code candidates} that the posting list also has; answers how many are left. */
    private static int intersect(int[] candidates, int count, byte[] list, int length) {
        int kept = 0;
        int c = 0;
        for (int at = 0, ord = -1; at < length && c < count; ) {
            long read = Varint.read(list, at);
            ord += Varint.value(read) + 1;
            at = Varint.next(read);
            while (c < count && candidates[c] < ord) {
                c++;
            }
            if (c < count && candidates[c] == ord) {
                candidates[kept++] = ord;
                c++;
            }
        }
        return kept;
    }
}
