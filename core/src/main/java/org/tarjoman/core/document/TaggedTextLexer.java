package org.tarjoman.core.document;

import java.util.Arrays;


/**
 * Reads tagged text (see {@link org.tarjoman.core.document.TaggedText}) one token at a time: the one
 * reader of that syntax in Java, mirrored by the browser's {@code js/tagged-text.js} and held to it by
 * the shared vectors in {@code core/src/test/resources/org/tarjoman/core/document/tagged-text-vectors.json}.
 *
 * <table>
 *   <caption>The syntax: XML's own, restricted to five tags with one attribute</caption>
 *   <tr><th>written</th><th>token</th></tr>
 *   <tr><td>any character but {@code <} and {@code &}</td><td>{@link Token#TEXT}, as is</td></tr>
 *   <tr><td>{@code &lt;} {@code &gt;} {@code &amp;} {@code &quot;} {@code &apos;}, {@code &#N;},
 *       {@code &#xH;} (not U+0000; at most {@value #LONGEST_REFERENCE} characters from {@code &} to
 *       {@code ;})</td><td>{@link Token#TEXT}, the character it stands for</td></tr>
 *   <tr><td>{@code <g id="1">} … {@code </g>}, {@code <x id="2"/>}, {@code <bx id="3"/>},
 *       {@code <ex id="4"/>}</td><td>{@link Token#TAG}; a {@code </g>} closes the innermost open
 *       {@code <g>} and carries its id</td></tr>
 * </table>
 * In a tag the id is 1–9 ASCII digits quoted with {@code "} or {@code '}; XML white space (space,
 * tab, CR, LF) separates the name from {@code id}, may surround {@code =} and may precede {@code >}
 * or {@code />}. Nothing else is markup: no other tag, attribute, entity, comment or DTD.
 *
 * <p>Two views of what is not in the syntax (a {@code <} or {@code &} that starts no tag or
 * reference, a {@code </g>} with no {@code <g>} open, a {@code <g>} never closed):
 * <ul>
 *   <li>{@link #strict}: an {@link InvalidTaggedTextException} saying what and where, for a
 *       translator's target (read against its source's codes by {@code TaggedText.parse});</li>
 *   <li>{@link #lenient}: such a {@code <} or {@code &} is text, a stray {@code </g>} is a tag with
 *       id {@link #NO_ID}, and pairs are the caller's business ({@link #requirePaired},
 *       {@link #requireClosed}): for any string a store holds.</li>
 * </ul>
 * Not thread-safe; one lexer per string. Allocation-free but for its error messages.
 */
public final class TaggedTextLexer {

    public enum Token {
        /** Text: a run of characters, or one character reference; see {@link #appendText}. */
        TEXT,
        /** An inline code's tag; see {@link #tag}, {@link #id}, {@link #written}. */
        TAG,
        END
    }

    public enum Tag {
        PAIR_OPENING("g"),
        PAIR_CLOSING("/g"),
        PLACEHOLDER("x"),
        ISOLATED_OPENING("bx"),
        ISOLATED_CLOSING("ex");

        private final String syntax;

        Tag(String syntax) {
            this.syntax = syntax;
        }

        /** The tag's name as written after {@code <}: {@code g}, {@code /g}, {@code x}, {@code bx}, {@code ex}. */
        public String syntax() {
            return syntax;
        }
    }

    /** The id of a lenient {@code </g>} that closes nothing, and of no open pair. */
    public static final int NO_ID = -1;

    /** {@code &#1114111;} and {@code &#x10FFFF;} fit; a longer "reference" is a bare {@code &}. */
    static final int LONGEST_REFERENCE = 11;

    private static final String ONE_ATTRIBUTE = "tag needs exactly one attribute id=\"N\"";
    private static final String[] ENTITIES = {"lt", "gt", "amp", "quot", "apos"};
    private static final String ENTITY_CHARACTERS = "<>&\"'";
    private static final int LONGEST_ID = 9;

    private final String in;
    private final boolean strict;
    private int pos;
    private int start;
    private int codePoint;
    private Tag tag;
    private int id;
    private int[] openPairs = new int[4];
    private int openCount;

    private TaggedTextLexer(String tagged, boolean strict) {
        this.in = tagged;
        this.strict = strict;
    }

    /** A lexer that throws {@link InvalidTaggedTextException} at the first thing outside the syntax. */
    public static TaggedTextLexer strict(String tagged) {
        return new TaggedTextLexer(tagged, true);
    }

    /** A lexer that reads what is outside the syntax as text (see the class comment). */
    public static TaggedTextLexer lenient(String tagged) {
        return new TaggedTextLexer(tagged, false);
    }

    public Token next() {
        start = pos;
        codePoint = -1;
        if (pos == in.length()) {
            if (strict) {
                requireClosed();
            }
            return Token.END;
        }
        char c = in.charAt(pos);
        if (c == '<' && readTag()) {
            return Token.TAG;
        }
        if (c == '&' && readReference()) {
            return Token.TEXT;
        }
        // Up to the next markup character; this one is text (a lenient '<' or '&' or any other).
        do {
            pos++;
        } while (pos < in.length() && in.charAt(pos) != '<' && in.charAt(pos) != '&');
        return Token.TEXT;
    }

    /** Where the current token starts in the tagged text. */
    public int start() {
        return start;
    }

    /** Appends the current {@link Token#TEXT} token's characters, references decoded. */
    public void appendText(StringBuilder out) {
        if (codePoint >= 0) {
            out.appendCodePoint(codePoint);
        } else {
            out.append(in, start, pos);
        }
    }

    public Tag tag() {
        return tag;
    }

    /** The current tag's id; a {@code </g>}'s is that of the {@code <g>} it closes. */
    public int id() {
        return id;
    }

    /** The current tag as written, e.g. {@code <g id="1">}. */
    public String written() {
        return in.substring(start, pos);
    }

    /** @throws InvalidTaggedTextException if the current tag is a {@code </g>} that closes no {@code <g>} */
    public void requirePaired() {
        if (tag == Tag.PAIR_CLOSING && id == NO_ID) {
            throw fail("</g> without an open <g>", start);
        }
    }

    /** @throws InvalidTaggedTextException if a {@code <g>} read so far is not closed */
    public void requireClosed() {
        if (openCount > 0) {
            throw fail("<g id=\"" + openPairs[openCount - 1] + "\"> is never closed", in.length());
        }
    }

    /** A problem found at {@code at} in the tagged text, with the text in the message. */
    public InvalidTaggedTextException fail(String problem, int at) {
        return new InvalidTaggedTextException(problem + " (at " + at + " in \"" + in + "\")");
    }

    private boolean readTag() {
        int close = in.indexOf('>', start + 1);
        if (close < 0) {
            return malformed("unterminated tag, write '<' as &lt;");
        }
        int nameStart = start + 1;
        int nameEnd = nameStart < close && in.charAt(nameStart) == '/' ? nameStart + 1 : nameStart;
        while (nameEnd < close && !isXmlSpace(in.charAt(nameEnd)) && in.charAt(nameEnd) != '/') {
            nameEnd++;
        }
        Tag named = named(nameStart, nameEnd);
        if (named == null) {
            return malformed("unknown tag <" + in.substring(nameStart, nameEnd) + ">, write '<' as &lt;");
        }
        int at = skipSpace(nameEnd, close);
        if (named == Tag.PAIR_CLOSING) {
            return at == close ? closePair(close) : malformed("</g> takes no attribute");
        }
        if (at == nameEnd || !in.startsWith("id", at)) {
            return malformed(ONE_ATTRIBUTE);
        }
        at = skipSpace(at + 2, close);
        if (at == close || in.charAt(at) != '=') {
            return malformed(ONE_ATTRIBUTE);
        }
        at = skipSpace(at + 1, close);
        char quote = in.charAt(at);
        int endQuote = quote == '"' || quote == '\'' ? in.indexOf(quote, at + 1) : -1;
        if (endQuote < 0 || endQuote > close) {
            return malformed("id must be quoted");
        }
        int number = number(at + 1, endQuote);
        if (number < 0) {
            return malformed("id must be a number, got \"" + in.substring(at + 1, endQuote) + "\"");
        }
        at = skipSpace(endQuote + 1, close);
        boolean selfClosing = at < close && in.charAt(at) == '/';
        if (at + (selfClosing ? 1 : 0) != close) {
            return malformed(ONE_ATTRIBUTE);
        }
        if (named == Tag.PAIR_OPENING && selfClosing) {
            return malformed("<g> must not be self-closing");
        }
        if (named != Tag.PAIR_OPENING && !selfClosing) {
            return malformed("<" + named.syntax + "> must be self-closing");
        }
        if (named == Tag.PAIR_OPENING) {
            pushPair(number);
        }
        return read(named, number, close + 1);
    }

    private boolean closePair(int close) {
        read(Tag.PAIR_CLOSING, openCount > 0 ? openPairs[--openCount] : NO_ID, close + 1);
        if (strict) {
            requirePaired();
        }
        return true;
    }

    private boolean read(Tag read, int readId, int end) {
        tag = read;
        id = readId;
        pos = end;
        return true;
    }

    private void pushPair(int pairId) {
        if (openCount == openPairs.length) {
            openPairs = Arrays.copyOf(openPairs, openCount * 2);
        }
        openPairs[openCount++] = pairId;
    }

    private Tag named(int from, int to) {
        for (Tag candidate : Tag.values()) {
            if (candidate.syntax.length() == to - from && in.startsWith(candidate.syntax, from)) {
                return candidate;
            }
        }
        return null;
    }

    private boolean readReference() {
        int semicolon = start + 1;
        while (semicolon < in.length() && in.charAt(semicolon) != ';' && semicolon - start < LONGEST_REFERENCE) {
            semicolon++;
        }
        if (semicolon == in.length() || semicolon - start >= LONGEST_REFERENCE) {
            return malformed("bare '&', write it as &amp;");
        }
        int value = entity(start + 1, semicolon);
        if (value < 0 && in.charAt(start + 1) == '#') {
            value = characterReference(start + 2, semicolon);
            if (value <= 0 || value > Character.MAX_CODE_POINT) {
                return malformed("bad character reference &" + in.substring(start + 1, semicolon) + ";");
            }
        } else if (value < 0) {
            return malformed("unknown entity &" + in.substring(start + 1, semicolon) + ";");
        }
        codePoint = value;
        pos = semicolon + 1;
        return true;
    }

    private int entity(int from, int to) {
        for (int i = 0; i < ENTITIES.length; i++) {
            if (ENTITIES[i].length() == to - from && in.startsWith(ENTITIES[i], from)) {
                return ENTITY_CHARACTERS.charAt(i);
            }
        }
        return -1;
    }

    /** The value of {@code N} or {@code xH} in {@code [from, to)}, or -1. */
    private int characterReference(int from, int to) {
        boolean hex = from < to && (in.charAt(from) == 'x' || in.charAt(from) == 'X');
        int digitsFrom = hex ? from + 1 : from;
        if (digitsFrom == to) {
            return -1;
        }
        int radix = hex ? 16 : 10;
        int value = 0;
        for (int i = digitsFrom; i < to; i++) {
            int digit = asciiDigit(in.charAt(i), radix);
            if (digit < 0) {
                return -1;
            }
            value = value * radix + digit;
        }
        return value;
    }

    /** The id written with 1–9 ASCII digits in {@code [from, to)}, or -1. */
    private int number(int from, int to) {
        if (from == to || to - from > LONGEST_ID) {
            return -1;
        }
        int value = 0;
        for (int i = from; i < to; i++) {
            int digit = asciiDigit(in.charAt(i), 10);
            if (digit < 0) {
                return -1;
            }
            value = value * 10 + digit;
        }
        return value;
    }

    private int skipSpace(int from, int to) {
        int at = from;
        while (at < to && isXmlSpace(in.charAt(at))) {
            at++;
        }
        return at;
    }

    private boolean malformed(String problem) {
        if (strict) {
            throw fail(problem, start);
        }
        return false;
    }

    /** XML references and our ids take ASCII digits only ({@link Character#digit} takes {@code ۱} too). */
    private static int asciiDigit(char c, int radix) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        char lower = (char) (c | 0x20);
        return radix == 16 && lower >= 'a' && lower <= 'f' ? lower - 'a' + 10 : -1;
    }

    private static boolean isXmlSpace(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n';
    }
}
