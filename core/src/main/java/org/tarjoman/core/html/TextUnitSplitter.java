package org.tarjoman.core.html;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import net.sf.okapi.common.resource.Code;
import net.sf.okapi.common.resource.TextFragment;

import org.tarjoman.core.document.InlineCode;
import org.tarjoman.core.document.InlineCode.Kind;
import org.tarjoman.core.segment.Span;
import org.tarjoman.core.segment.SentenceSegmenter;

/**
 * Cuts one text unit (Okapi's coded text: characters and code markers) into sentence segments.
 * The rules, in order:
 * <ol>
 *   <li>the sentences are found on the plain text (codes removed);</li>
 *   <li>codes at the edges of the unit stay outside every segment when they are placeholders,
 *       unmatched codes, or a pair wrapping all the text ({@code <p><b>…</b></p>}): they are
 *       layout, and the writer keeps them where they were;</li>
 *   <li>a code between two sentences goes with the sentence it belongs to: an opening code to the
 *       following one, a closing code to the preceding one, a placeholder to the preceding one
 *       when it touches it ({@code .<br>}) and to the following one otherwise;</li>
 *   <li>a pair that would be split across sentences ({@code <b>} spanning two) joins those
 *       sentences into one segment, so every segment's pairs are balanced; only malformed HTML
 *       leaves an opening or closing code without its partner.</li>
 * </ol>
 * Whitespace between segments stays outside them, except where a code separated from its
 * sentence by whitespace pulls that whitespace in. Stateless and thread-safe.
 */
final class TextUnitSplitter {

    private static final Pattern ELEMENT_NAME = Pattern.compile("^</?\\s*([A-Za-z][A-Za-z0-9-]*)");

    /**
     * One segment: its range in the unit's coded text, plain text and codes, and the Okapi code
     * behind each of {@code codes} (same order) for the writer.
     */
    record Slice(int codedStart, int codedEnd, String text, List<InlineCode> codes, List<Code> okapiCodes) {
    }

    private record Item(int codedPos, int plainOffset, Code code) {

        Kind kind() {
            return switch (code.getTagType()) {
                case OPENING -> Kind.OPENING;
                case CLOSING -> Kind.CLOSING;
                default -> Kind.PLACEHOLDER;
            };
        }
    }

    private final SentenceSegmenter segmenter;

    TextUnitSplitter(SentenceSegmenter segmenter) {
        this.segmenter = segmenter;
    }

    List<Slice> split(TextFragment content) {
        String coded = content.getCodedText();
        StringBuilder plain = new StringBuilder(coded.length());
        int[] codedOfPlain = new int[coded.length() + 1];
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < coded.length(); i++) {
            char c = coded.charAt(i);
            if (TextFragment.isMarker(c)) {
                items.add(new Item(i, plain.length(), content.getCodes().get(TextFragment.toIndex(coded.charAt(++i)))));
            } else {
                codedOfPlain[plain.length()] = i;
                plain.append(c);
            }
        }
        List<Span> sentences = segmenter.split(plain.toString()).stream().filter(s -> s.end() > s.start()).toList();
        if (sentences.isEmpty()) {
            return List.of();
        }
        int[] partner = partners(items);
        int firstChar = codedOfPlain[sentences.get(0).start()];
        int lastEnd = codedOfPlain[sentences.get(sentences.size() - 1).end() - 1] + 1;

        // Rule 2: strip edge codes, outermost first.
        int lo = 0;
        int hi = items.size() - 1;
        while (lo <= hi) {
            Item first = items.get(lo);
            Item last = items.get(hi);
            boolean leading = first.codedPos() < firstChar;
            boolean trailing = last.codedPos() >= lastEnd;
            if (leading && (first.kind() != Kind.OPENING || partner[lo] < 0)) {
                lo++;
            } else if (trailing && (last.kind() != Kind.CLOSING || partner[hi] < 0)) {
                hi--;
            } else if (leading && trailing && lo < hi && partner[lo] == hi) {
                lo++;
                hi--;
            } else {
                break;
            }
        }

        // Rule 3: each remaining code to a sentence.
        int[] sentenceOf = new int[items.size()];
        for (int i = lo; i <= hi; i++) {
            sentenceOf[i] = sentenceOf(items.get(i), sentences);
        }
        // Rule 4: join sentences a pair spans, and any a code order would cross.
        boolean[] joinedToNext = new boolean[sentences.size()];
        int furthest = 0;
        for (int i = lo; i <= hi; i++) {
            if (sentenceOf[i] < furthest) {
                join(joinedToNext, sentenceOf[i], furthest);
            }
            furthest = Math.max(furthest, sentenceOf[i]);
            if (partner[i] > i) {
                join(joinedToNext, sentenceOf[i], sentenceOf[partner[i]]);
            }
        }

        List<Slice> slices = new ArrayList<>();
        int first = 0;
        for (int k = 0; k < sentences.size(); k++) {
            if (!joinedToNext[k]) {
                slices.add(slice(plain, codedOfPlain, sentences, first, k, items, sentenceOf, partner, lo, hi));
                first = k + 1;
            }
        }
        return slices;
    }

    private static Slice slice(StringBuilder plain, int[] codedOfPlain, List<Span> sentences, int a, int b,
                               List<Item> items, int[] sentenceOf, int[] partner, int lo, int hi) {
        int plainStart = sentences.get(a).start();
        int plainEnd = sentences.get(b).end();
        int codedStart = codedOfPlain[plainStart];
        int codedEnd = codedOfPlain[plainEnd - 1] + 1;
        List<Integer> mine = new ArrayList<>();
        for (int i = lo; i <= hi; i++) {
            if (sentenceOf[i] >= a && sentenceOf[i] <= b) {
                Item item = items.get(i);
                mine.add(i);
                plainStart = Math.min(plainStart, item.plainOffset());
                plainEnd = Math.max(plainEnd, item.plainOffset());
                codedStart = Math.min(codedStart, item.codedPos());
                codedEnd = Math.max(codedEnd, item.codedPos() + 2);
            }
        }
        int[] localId = new int[items.size()];
        int nextId = 1;
        List<InlineCode> codes = new ArrayList<>();
        List<Code> okapiCodes = new ArrayList<>();
        for (int i : mine) {
            Item item = items.get(i);
            boolean partnerHere = partner[i] >= 0 && mine.contains(partner[i]);
            localId[i] = partnerHere && partner[i] < i ? localId[partner[i]] : nextId++;
            codes.add(new InlineCode(localId[i], item.kind(), item.plainOffset() - plainStart,
                    elementName(item.code()), item.code().getData()));
            okapiCodes.add(item.code());
        }
        return new Slice(codedStart, codedEnd, plain.substring(plainStart, plainEnd), codes, okapiCodes);
    }

    private static int sentenceOf(Item item, List<Span> sentences) {
        int o = item.plainOffset();
        for (int k = 0; k < sentences.size(); k++) {
            Span s = sentences.get(k);
            if (o > s.start() && o < s.end()) {
                return k;
            }
            if (o <= s.start()) {
                if (k == 0) {
                    return 0;
                }
                return switch (item.kind()) {
                    case OPENING -> k;
                    case CLOSING -> k - 1;
                    case PLACEHOLDER -> o == sentences.get(k - 1).end() ? k - 1 : k;
                };
            }
        }
        return sentences.size() - 1;
    }

    private static void join(boolean[] joinedToNext, int x, int y) {
        for (int k = Math.min(x, y); k < Math.max(x, y); k++) {
            joinedToNext[k] = true;
        }
    }

    /** For each item the index of its partner (an opening's closing and back), or -1. */
    private static int[] partners(List<Item> items) {
        int[] partner = new int[items.size()];
        Arrays.fill(partner, -1);
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).kind() != Kind.OPENING) {
                continue;
            }
            for (int j = i + 1; j < items.size(); j++) {
                Item other = items.get(j);
                if (other.kind() == Kind.CLOSING && partner[j] < 0 && other.code().getId() == items.get(i).code().getId()) {
                    partner[i] = j;
                    partner[j] = i;
                    break;
                }
            }
        }
        return partner;
    }

    private static String elementName(Code code) {
        Matcher m = ELEMENT_NAME.matcher(code.getData());
        if (m.find()) {
            return m.group(1).toLowerCase(Locale.ROOT);
        }
        return code.getType() == null ? "" : code.getType().toLowerCase(Locale.ROOT);
    }
}
