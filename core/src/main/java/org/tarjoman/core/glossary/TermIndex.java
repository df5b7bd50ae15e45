package org.tarjoman.core.glossary;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import org.tarjoman.core.document.TaggedTextLexer;
import org.tarjoman.core.document.TaggedTextLexer.Token;
import org.tarjoman.core.glossary.SourceWords.Part;

/**
 * Finds a glossary's terms in a segment's source: {@code TermIndex.of(terms).find(plainSource)}.
 *
 * <p>Matching is on keys (see {@link SourceWords}), so spelling variants hit: {@code ي}/{@code ی},
 * {@code ك}/{@code ک}, a ZWNJ, a space or nothing between a term's parts, the ezafe kasra
 * ({@code پزشکیانِ}). A hit:
 * <ol>
 *   <li>starts where a word starts (never inside a word: {@code امور} is not in {@code مأمور});</li>
 *   <li>ends where that word ends, what is left of it being an ending {@link InflectionTails} allows
 *       ({@code وزارت‌های}, {@code کشورهایش}), or the plural written apart ({@code همکاری ها});</li>
 *   <li>may span several words ({@code مجلس شورای اسلامی});</li>
 *   <li>overlapping hits: the longest term wins ({@code مجلس شورای اسلامی} over {@code مجلس}),
 *       then the leftmost.</li>
 * </ol>
 * Cost: one trie walk from each word start, bounded by the longest key; the glossary's size does not
 * count. Immutable and thread-safe: the glossary builds a new index when its terms change.
 */
public final class TermIndex {

    private static final TermIndex EMPTY = new TermIndex(new TermTrie());

    private final TermTrie trie;

    private TermIndex(TermTrie trie) {
        this.trie = trie;
    }

    public static TermIndex of(Collection<GlossaryTerm> terms) {
        TermTrie trie = new TermTrie();
        for (GlossaryTerm term : terms) {
            String key = SourceWords.keyOf(term.source());
            if (!key.isEmpty()) {
                trie.add(key, term);
            }
        }
        return new TermIndex(trie);
    }

    public static TermIndex empty() {
        return EMPTY;
    }

    /** The number of terms indexed. */
    public int size() {
        return trie.size();
    }

    /**
     * The key two spellings of one term share ({@code وزارت امور خارجه} = {@code وزارت‌امور‌خارجه} =
     * {@code وزارت امور خارجه} with Arabic letters): a glossary's duplicate check compares these.
     */
    public static String keyOf(String term) {
        return SourceWords.keyOf(term);
    }

    /** The terms in a tagged segment ({@code <g id="1">پزشکیان</g>}), spans in its plain text as QA reads it. */
    public List<TermMatch> findInTagged(String taggedSource) {
        StringBuilder plain = new StringBuilder(taggedSource.length());
        TaggedTextLexer lexer = TaggedTextLexer.lenient(taggedSource);
        for (Token token = lexer.next(); token != Token.END; token = lexer.next()) {
            if (token != Token.TAG) {
                lexer.appendText(plain);
            }
        }
        return find(plain.toString());
    }

    /** The terms in {@code plainSource}, in text order, none overlapping. */
    public List<TermMatch> find(String plainSource) {
        if (trie.size() == 0 || plainSource.isEmpty()) {
            return List.of();
        }
        SourceWords words = SourceWords.of(plainSource);
        List<Candidate> candidates = new ArrayList<>();
        for (int p = 0; p < words.parts().size(); p++) {
            if (words.startsWord(p)) {
                walk(words, p, candidates);
            }
        }
        return choose(plainSource, candidates);
    }

    private void walk(SourceWords words, int firstPart, List<Candidate> candidates) {
        String joined = words.joined();
        TermTrie.Node node = trie.root();
        for (int at = words.parts().get(firstPart).joinedStart(); at < joined.length(); at++) {
            node = node.child(joined.charAt(at));
            if (node == null) {
                return;
            }
            if (!node.terms().isEmpty()) {
                int lastPart = endOfWord(words, at + 1, joined.substring(at + 1 - node.depth(), at + 1));
                if (lastPart >= 0) {
                    candidates.add(new Candidate(firstPart, lastPart, words.parts().get(firstPart).start(),
                            words.parts().get(lastPart).end(), node));
                }
            }
        }
    }

    /**
     * The last part of the hit whose key ends before joined position {@code end}, or -1 when the word
     * goes on with something that is not an ending.
     */
    private static int endOfWord(SourceWords words, int end, String termKey) {
        List<Part> parts = words.parts();
        int p = words.partAt(end - 1);
        Part part = parts.get(p);
        boolean glued = end < part.joinedEnd();
        StringBuilder tail = new StringBuilder(part.key().substring(end - part.joinedStart()));
        int last = p;
        while (words.continuesWord(last) && tail.length() <= InflectionTails.LONGEST) {
            last++;
            tail.append(parts.get(last).key());
        }
        if (!InflectionTails.allows(tail.toString(), termKey, glued)) {
            return -1;
        }
        if (tail.isEmpty() && !glued && last + 1 < parts.size() && words.startsWord(last + 1)
                && parts.get(last + 1).gapBefore() == SourceWords.Gap.SPACE) {
            int plural = last + 1;
            StringBuilder spaced = new StringBuilder(parts.get(plural).key());
            while (words.continuesWord(plural) && spaced.length() <= InflectionTails.LONGEST) {
                plural++;
                spaced.append(parts.get(plural).key());
            }
            if (InflectionTails.isSpacedPlural(spaced.toString())) {
                return plural;
            }
        }
        return last;
    }

    private static List<TermMatch> choose(String text, List<Candidate> candidates) {
        candidates.sort(Comparator.comparingInt((Candidate c) -> -c.node.depth()).thenComparingInt(Candidate::firstPart));
        List<Candidate> chosen = new ArrayList<>();
        for (Candidate candidate : candidates) {
            if (chosen.stream().noneMatch(other -> other.overlaps(candidate))) {
                chosen.add(candidate);
            }
        }
        chosen.sort(Comparator.comparingInt(Candidate::firstPart));
        return chosen.stream()
                .map(c -> new TermMatch(c.start(), c.end(), text.substring(c.start(), c.end()), c.node().terms()))
                .toList();
    }

    /** A possible hit from part {@code firstPart} to {@code lastPart}, {@code [start, end)} in the text. */
    private record Candidate(int firstPart, int lastPart, int start, int end, TermTrie.Node node) {

        boolean overlaps(Candidate other) {
            return firstPart <= other.lastPart && other.firstPart <= lastPart;
        }
    }
}
