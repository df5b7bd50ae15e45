package org.tarjoman.core.document;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.tarjoman.core.document.InlineCode.Kind;

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
 * move codes but not alter them. Parsing is a small hand parser, not an XML parser: no DTDs, no
 * entity expansion beyond the five XML entities and character references.
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
        return switch (code.kind()) {
            case OPENING -> paired ? "<g id=\"" + code.id() + "\">" : "<bx id=\"" + code.id() + "\"/>";
            case CLOSING -> paired ? "</g>" : "<ex id=\"" + code.id() + "\"/>";
            case PLACEHOLDER -> "<x id=\"" + code.id() + "\"/>";
        };
    }

    private static void escape(String text, int from, int to, StringBuilder out) {
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

    /** One pass over the tagged string; every error names the position it was found at. */
    private static final class Parser {

        private static final Map<String, Character> ENTITIES =
                Map.of("lt", '<', "gt", '>', "amp", '&', "quot", '"', "apos", '\'');
        private static final Set<String> TAGS = Set.of("g", "x", "bx", "ex");

        private final String in;
        private final Map<Integer, InlineCode> openings = new HashMap<>();
        private final Map<Integer, InlineCode> closings = new HashMap<>();
        private final Map<Integer, InlineCode> placeholders = new HashMap<>();
        private final Set<Integer> used = new HashSet<>();
        private final Deque<Integer> open = new ArrayDeque<>();
        private final StringBuilder text = new StringBuilder();
        private final List<InlineCode> codes = new ArrayList<>();
        private int pos;

        Parser(String in, List<InlineCode> sourceCodes) {
            this.in = Objects.requireNonNull(in, "tagged");
            for (InlineCode code : sourceCodes) {
                switch (code.kind()) {
                    case OPENING -> openings.put(code.id(), code);
                    case CLOSING -> closings.put(code.id(), code);
                    case PLACEHOLDER -> placeholders.put(code.id(), code);
                }
            }
        }

        Parsed parse() {
            while (pos < in.length()) {
                char c = in.charAt(pos);
                if (c == '<') {
                    readTag();
                } else if (c == '&') {
                    readEntity();
                } else {
                    text.append(c);
                    pos++;
                }
            }
            if (!open.isEmpty()) {
                throw fail("<g id=\"" + open.peek() + "\"> is never closed", in.length());
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

        private void readTag() {
            int start = pos;
            int end = in.indexOf('>', pos);
            if (end < 0) {
                throw fail("unterminated tag, write '<' as &lt;", start);
            }
            String body = in.substring(pos + 1, end).strip();
            pos = end + 1;
            if (body.equals("/g")) {
                if (open.isEmpty()) {
                    throw fail("</g> without an open <g>", start);
                }
                add(closings.get(open.pop()));
                return;
            }
            boolean selfClosing = body.endsWith("/");
            if (selfClosing) {
                body = body.substring(0, body.length() - 1).strip();
            }
            int space = body.indexOf(' ');
            String name = space < 0 ? body : body.substring(0, space);
            if (!TAGS.contains(name)) {
                throw fail("unknown tag <" + name + ">, write '<' as &lt;", start);
            }
            int id = readId(space < 0 ? "" : body.substring(space + 1).strip(), start);
            switch (name) {
                case "g" -> {
                    requireForm(!selfClosing, "<g> must not be self-closing", start);
                    InlineCode opening = require(openings, id, "g", start);
                    requireForm(closings.containsKey(id), "id " + id + " is an isolated code, use <bx/>", start);
                    add(opening);
                    open.push(id);
                }
                case "x" -> add(require(placeholders, id, "x", start, selfClosing));
                case "bx" -> {
                    InlineCode opening = require(openings, id, "bx", start, selfClosing);
                    requireForm(!closings.containsKey(id), "id " + id + " is a pair, use <g>…</g>", start);
                    add(opening);
                }
                case "ex" -> {
                    InlineCode closing = require(closings, id, "ex", start, selfClosing);
                    requireForm(!openings.containsKey(id), "id " + id + " is a pair, use <g>…</g>", start);
                    add(closing);
                }
                default -> throw new IllegalStateException(name);
            }
        }

        private int readId(String attributes, int at) {
            if (!attributes.startsWith("id=")) {
                throw fail("tag needs exactly one attribute id=\"N\"", at);
            }
            char quote = attributes.length() < 5 ? ' ' : attributes.charAt(3);
            if ((quote != '"' && quote != '\'') || attributes.charAt(attributes.length() - 1) != quote) {
                throw fail("id must be quoted", at);
            }
            String digits = attributes.substring(4, attributes.length() - 1);
            if (digits.isEmpty() || digits.length() > 9 || !digits.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
                throw fail("id must be a number, got \"" + digits + "\"", at);
            }
            return Integer.parseInt(digits);
        }

        private InlineCode require(Map<Integer, InlineCode> byId, int id, String tag, int at, boolean selfClosing) {
            requireForm(selfClosing, "<" + tag + "> must be self-closing", at);
            return require(byId, id, tag, at);
        }

        private InlineCode require(Map<Integer, InlineCode> byId, int id, String tag, int at) {
            if (!byId.containsKey(id)) {
                throw fail("<" + tag + " id=\"" + id + "\"> matches no source code of that kind", at);
            }
            if (!used.add(id)) {
                throw fail("code id " + id + " is used twice", at);
            }
            return byId.get(id);
        }

        private void requireForm(boolean ok, String message, int at) {
            if (!ok) {
                throw fail(message, at);
            }
        }

        private void add(InlineCode source) {
            codes.add(new InlineCode(source.id(), source.kind(), text.length(), source.type(), source.data()));
        }

        private void readEntity() {
            int start = pos;
            int end = in.indexOf(';', pos);
            if (end < 0 || end - pos > 10) {
                throw fail("bare '&', write it as &amp;", start);
            }
            String name = in.substring(pos + 1, end);
            pos = end + 1;
            if (ENTITIES.containsKey(name)) {
                text.append(ENTITIES.get(name).charValue());
            } else if (name.startsWith("#")) {
                text.appendCodePoint(codePoint(name, start));
            } else {
                throw fail("unknown entity &" + name + ";", start);
            }
        }

        private int codePoint(String reference, int at) {
            try {
                int cp = reference.startsWith("#x") || reference.startsWith("#X")
                        ? Integer.parseInt(reference.substring(2), 16)
                        : Integer.parseInt(reference.substring(1));
                if (Character.isValidCodePoint(cp) && cp != 0) {
                    return cp;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw fail("bad character reference &" + reference + ";", at);
        }

        private InvalidTaggedTextException fail(String message, int at) {
            return new InvalidTaggedTextException(message + " (at " + at + " in \"" + in + "\")");
        }
    }
}
