package org.tarjoman.core.document;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.tarjoman.core.document.InlineCode.Kind;
import org.tarjoman.core.document.TaggedTextLexer.Tag;
import org.tarjoman.core.document.TaggedTextLexer.Token;

/**
 * The lossless string form of a segment and its inline codes, shared by the editor, XLIFF and
 * stored targets. The syntax is the XLIFF 1.2 inline subset:
 * <ul>
 *   <li>text is XML-escaped: {@code &lt;} {@code &gt;} {@code &amp;} (and {@code &quot;}
 *       {@code &apos;} {@code &#N;} {@code &#xH;} when reading);</li>
 *   <li>{@code <g id="1">…</g>} an opening/closing pair, well nested;</li>
 *   <li>{@code <x id="2"/>} a placeholder ({@code <br>}, {@code <img>});</li>
 *   <li>{@code <bx id="3"/>} / {@code <ex id="4"/>} an opening / closing code whose partner is
 *       not in the segment (only malformed HTML produces them).</li>
 * </ul>
 * The markup itself never appears: ids point to the source segment's codes, so a translator can
 * move codes but not alter them. Reading is {@link TaggedTextLexer}'s strict view, not an XML
 * parser: no DTDs, no entity expansion beyond the five XML entities and character references.
 */
public final class TaggedText {

    /** A target parsed back: plain text and the source codes at their target offsets. */
    public record Parsed(String text, List<InlineCode> codes) {

        public Parsed {
            Objects.requireNonNull(text, "text");
            codes = List.copyOf(codes);
        }
    }

    private TaggedText() {
    }

    /** The tagged form of a segment's source. */
    public static String of(Segment segment) {
        return of(segment.text(), segment.codes());
    }

    /** The tagged form of a text with codes ordered by offset. */
    public static String of(String text, List<InlineCode> codes) {
        StringBuilder out = new StringBuilder(text.length() + 16 * codes.size());
        int at = 0;
        for (InlineCode code : codes) {
            escape(text, at, code.offset(), out);
            at = code.offset();
            out.append(tag(code, isPaired(code, codes)));
        }
        escape(text, at, text.length(), out);
        return out.toString();
    }

    /**
     * Reads a translated tagged string against the source codes of its segment.
     *
     * @throws InvalidTaggedTextException if the string is malformed, uses an unknown id, uses an
     *                                    id twice or with the wrong tag, nests pairs badly, or
     *                                    leaves out a source code
     */
    public static Parsed parse(String tagged, List<InlineCode> sourceCodes) {
        return new Parser(tagged, sourceCodes).parse();
    }

    private static boolean isPaired(InlineCode code, List<InlineCode> codes) {
        if (code.kind() == Kind.PLACEHOLDER) {
            return false;
        }
        Kind partner = code.kind() == Kind.OPENING ? Kind.CLOSING : Kind.OPENING;
        return codes.stream().anyMatch(c -> c.id() == code.id() && c.kind() == partner);
    }

    private static String tag(InlineCode code, boolean paired) {
        return tag(switch (code.kind()) {
            case OPENING -> paired ? Tag.PAIR_OPENING : Tag.ISOLATED_OPENING;
            case CLOSING -> paired ? Tag.PAIR_CLOSING : Tag.ISOLATED_CLOSING;
            case PLACEHOLDER -> Tag.PLACEHOLDER;
        }, code.id());
    }

    /** A tag as tagged text writes it: {@code <g id="1">}, {@code </g>}, {@code <x id="2"/>}, … */
    public static String tag(Tag tag, int id) {
        return tag == Tag.PAIR_CLOSING ? "</g>"
                : "<" + tag.syntax() + " id=\"" + id + "\"" + (tag == Tag.PAIR_OPENING ? ">" : "/>");
    }

    /** Appends {@code text[from, to)} as tagged text writes text: {@code < > &} as {@code &lt; &gt; &amp;}. */
    public static void escape(String text, int from, int to, StringBuilder out) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                default -> out.append(c);
            }
        }
    }

    /** The strict lexer's tags checked against the source's codes as they come, so the first problem is reported. */
    private static final class Parser {

        private final TaggedTextLexer lexer;
        private final Map<Integer, InlineCode> openings = new HashMap<>();
        private final Map<Integer, InlineCode> closings = new HashMap<>();
        private final Map<Integer, InlineCode> placeholders = new HashMap<>();
        private final Set<Integer> used = new HashSet<>();
        private final StringBuilder text = new StringBuilder();
        private final List<InlineCode> codes = new ArrayList<>();

        Parser(String in, List<InlineCode> sourceCodes) {
            this.lexer = TaggedTextLexer.strict(Objects.requireNonNull(in, "tagged"));
            for (InlineCode code : sourceCodes) {
                switch (code.kind()) {
                    case OPENING -> openings.put(code.id(), code);
                    case CLOSING -> closings.put(code.id(), code);
                    case PLACEHOLDER -> placeholders.put(code.id(), code);
                }
            }
        }

        Parsed parse() {
            for (Token token = lexer.next(); token != Token.END; token = lexer.next()) {
                if (token == Token.TEXT) {
                    lexer.appendText(text);
                } else {
                    take(lexer.tag(), lexer.id(), lexer.start());
                }
            }
            Set<Integer> all = new HashSet<>(openings.keySet());
            all.addAll(closings.keySet());
            all.addAll(placeholders.keySet());
            all.removeAll(used);
            if (!all.isEmpty()) {
                throw new InvalidTaggedTextException("missing code id(s) " + new TreeSet<>(all)
                        + ": every source code must appear once in the target");
            }
            return new Parsed(text.toString(), codes);
        }

        private void take(Tag tag, int id, int at) {
            switch (tag) {
                case PAIR_OPENING -> {
                    InlineCode opening = require(openings, id, tag, at);
                    requireForm(closings.containsKey(id), "id " + id + " is an isolated code, use <bx/>", at);
                    add(opening);
                }
                case PAIR_CLOSING -> add(closings.get(id));
                case PLACEHOLDER -> add(require(placeholders, id, tag, at));
                case ISOLATED_OPENING -> {
                    InlineCode opening = require(openings, id, tag, at);
                    requireForm(!closings.containsKey(id), "id " + id + " is a pair, use <g>…</g>", at);
                    add(opening);
                }
                case ISOLATED_CLOSING -> {
                    InlineCode closing = require(closings, id, tag, at);
                    requireForm(!openings.containsKey(id), "id " + id + " is a pair, use <g>…</g>", at);
                    add(closing);
                }
            }
        }

        private InlineCode require(Map<Integer, InlineCode> byId, int id, Tag tag, int at) {
            if (!byId.containsKey(id)) {
                throw lexer.fail("<" + tag.syntax() + " id=\"" + id + "\"> matches no source code of that kind", at);
            }
            if (!used.add(id)) {
                throw lexer.fail("code id " + id + " is used twice", at);
            }
            return byId.get(id);
        }

        private void requireForm(boolean ok, String message, int at) {
            if (!ok) {
                throw lexer.fail(message, at);
            }
        }

        private void add(InlineCode source) {
            codes.add(new InlineCode(source.id(), source.kind(), text.length(), source.type(), source.data()));
        }
    }
}
