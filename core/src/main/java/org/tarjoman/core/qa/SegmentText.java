package org.tarjoman.core.qa;

import java.util.ArrayList;
import java.util.List;

import org.tarjoman.core.document.TaggedTextLexer;
import org.tarjoman.core.document.TaggedTextLexer.Tag;
import org.tarjoman.core.document.TaggedTextLexer.Token;

/**
 * One side of a segment as the checks read it: the plain text (references decoded, tags out), the
 * tags in order, and the way back from a plain offset to the tagged one for a finding's span.
 * Read with the lexer's lenient view: QA must report on any string a store holds, not refuse it.
 */
final class SegmentText {

    /** An inline code's tag as it stands in the text. */
    record CodeTag(Tag tag, int id, String written, int plainOffset, int taggedStart) {

        /** {@code <g id="1">} and {@code </g>} of pair 1 are different tags; the key tells them apart. */
        String key() {
            return tag.syntax() + "#" + id;
        }
    }

    private final String tagged;
    private final String plain;
    private final List<CodeTag> tags;
    /** Where plain character i starts and ends in the tagged text ({@code &amp;} is one character of five). */
    private final int[] taggedStart;
    private final int[] taggedEnd;

    private SegmentText(String tagged, String plain, List<CodeTag> tags, int[] taggedStart, int[] taggedEnd) {
        this.tagged = tagged;
        this.plain = plain;
        this.tags = tags;
        this.taggedStart = taggedStart;
        this.taggedEnd = taggedEnd;
    }

    static SegmentText read(String tagged) {
        String in = tagged == null ? "" : tagged;
        StringBuilder plain = new StringBuilder(in.length());
        List<CodeTag> tags = new ArrayList<>();
        int[] starts = new int[in.length()];
        int[] ends = new int[in.length()];
        TaggedTextLexer lexer = TaggedTextLexer.lenient(in);
        for (Token token = lexer.next(); token != Token.END; token = lexer.next()) {
            if (token == Token.TAG) {
                tags.add(new CodeTag(lexer.tag(), lexer.id(), lexer.written(), plain.length(), lexer.start()));
                continue;
            }
            int before = plain.length();
            lexer.appendText(plain);
            int raw = lexer.written().length();
            boolean reference = raw != plain.length() - before;
            for (int i = before; i < plain.length(); i++) {
                starts[i] = reference ? lexer.start() : lexer.start() + (i - before);
                ends[i] = reference ? lexer.start() + raw : starts[i] + 1;
            }
        }
        return new SegmentText(in, plain.toString(), List.copyOf(tags), starts, ends);
    }

    String tagged() {
        return tagged;
    }

    String plain() {
        return plain;
    }

    List<CodeTag> tags() {
        return tags;
    }

    /** The tagged range of the plain range {@code [start, end)}. */
    FindingSpan span(Side side, int start, int end) {
        if (start >= end) {
            int at = start < plain.length() ? taggedStart[start] : tagged.length();
            return new FindingSpan(side, at, at);
        }
        return new FindingSpan(side, taggedStart[start], taggedEnd[end - 1]);
    }

    /** The whole text. */
    FindingSpan whole(Side side) {
        return new FindingSpan(side, 0, tagged.length());
    }
}
