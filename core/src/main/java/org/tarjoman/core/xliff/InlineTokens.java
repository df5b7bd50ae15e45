package org.tarjoman.core.xliff;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.tarjoman.core.document.InvalidTaggedTextException;

/**
 * Tagged text as a flat list of text runs and inline codes, the common ground between our tagged
 * text ({@code <g>}, {@code <x/>}, {@code <bx/>}, {@code <ex/>}) and each XLIFF version's inline
 * elements. {@link #parse} splits a tagged string (no validation against source codes: matches
 * from the memory have their own); {@link #render} joins tokens read from a file back into tagged
 * text, pairing an opening with a later closing of the same id as {@code <g>}.
 */
final class InlineTokens {

    enum Kind {
        TEXT, OPENING, CLOSING, PLACEHOLDER
    }

    /** A text run (decoded) or a code; {@code paired} tells an opening/closing whose partner is in the same text. */
    record Token(Kind kind, String text, int id, boolean paired) {

        static Token text(String text) {
            return new Token(Kind.TEXT, text, 0, false);
        }

        static Token code(Kind kind, int id) {
            return new Token(kind, null, id, false);
        }
    }

    private static final Pattern TAG = Pattern.compile("<(/?)(g|x|bx|ex)\\b(?:\\s+id\\s*=\\s*[\"'](\\d+)[\"'])?\\s*(/?)>");
    private static final Pattern ENTITY = Pattern.compile("&(lt|gt|amp|quot|apos|#\\d+|#[xX][0-9a-fA-F]+);");

    private InlineTokens() {
    }

    static List<Token> parse(String tagged) {
        List<Token> tokens = new ArrayList<>();
        Deque<Integer> open = new ArrayDeque<>();
        Matcher m = TAG.matcher(tagged);
        int at = 0;
        while (m.find()) {
            if (m.start() > at) {
                tokens.add(Token.text(decode(tagged.substring(at, m.start()))));
            }
            at = m.end();
            String name = m.group(2);
            if (m.group(1).equals("/")) {
                if (open.isEmpty()) {
                    throw new InvalidTaggedTextException("</g> without <g> in \"" + tagged + "\"");
                }
                tokens.add(new Token(Kind.CLOSING, null, open.pop(), true));
                continue;
            }
            if (m.group(3) == null) {
                throw new InvalidTaggedTextException("<" + name + "> without id in \"" + tagged + "\"");
            }
            int id = Integer.parseInt(m.group(3));
            switch (name) {
                case "g" -> {
                    open.push(id);
                    tokens.add(new Token(Kind.OPENING, null, id, true));
                }
                case "x" -> tokens.add(Token.code(Kind.PLACEHOLDER, id));
                case "bx" -> tokens.add(Token.code(Kind.OPENING, id));
                default -> tokens.add(Token.code(Kind.CLOSING, id));
            }
        }
        if (at < tagged.length()) {
            tokens.add(Token.text(decode(tagged.substring(at))));
        }
        if (!open.isEmpty()) {
            throw new InvalidTaggedTextException("<g id=\"" + open.peek() + "\"> is never closed in \"" + tagged + "\"");
        }
        return tokens;
    }

    /**
     * Tagged text of tokens read from a file. An opening whose closing follows becomes a {@code <g>}
     * pair, so it must close before any pair opened inside it.
     *
     * @throws InvalidTaggedTextException if pairs overlap
     */
    static String render(List<Token> tokens) {
        Set<Integer> closed = new HashSet<>();
        Set<Integer> paired = new HashSet<>();
        for (int i = tokens.size() - 1; i >= 0; i--) {
            Token t = tokens.get(i);
            if (t.kind() == Kind.CLOSING) {
                closed.add(t.id());
            } else if (t.kind() == Kind.OPENING && closed.contains(t.id())) {
                paired.add(t.id());
            }
        }
        StringBuilder out = new StringBuilder();
        Deque<Integer> open = new ArrayDeque<>();
        Set<Integer> opened = new HashSet<>();
        for (Token t : tokens) {
            switch (t.kind()) {
                case TEXT -> escape(t.text(), out);
                case PLACEHOLDER -> out.append("<x id=\"").append(t.id()).append("\"/>");
                case OPENING -> {
                    if (paired.contains(t.id()) && opened.add(t.id())) {
                        open.push(t.id());
                        out.append("<g id=\"").append(t.id()).append("\">");
                    } else {
                        out.append("<bx id=\"").append(t.id()).append("\"/>");
                    }
                }
                case CLOSING -> {
                    if (open.contains(t.id())) {
                        if (open.peek() != t.id()) {
                            throw new InvalidTaggedTextException("code " + t.id() + " closes while code " + open.peek()
                                    + " inside it is still open: pairs must nest");
                        }
                        open.pop();
                        out.append("</g>");
                    } else {
                        out.append("<ex id=\"").append(t.id()).append("\"/>");
                    }
                }
            }
        }
        return out.toString();
    }

    static void escape(String text, StringBuilder out) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                default -> out.append(c);
            }
        }
    }

    private static String decode(String escaped) {
        if (escaped.indexOf('&') < 0) {
            return escaped;
        }
        Matcher m = ENTITY.matcher(escaped);
        StringBuilder out = new StringBuilder(escaped.length());
        int at = 0;
        while (m.find()) {
            out.append(escaped, at, m.start());
            String name = m.group(1);
            switch (name) {
                case "lt" -> out.append('<');
                case "gt" -> out.append('>');
                case "amp" -> out.append('&');
                case "quot" -> out.append('"');
                case "apos" -> out.append('\'');
                default -> out.appendCodePoint(name.charAt(1) == 'x' || name.charAt(1) == 'X'
                        ? Integer.parseInt(name.substring(2), 16) : Integer.parseInt(name.substring(1)));
            }
            at = m.end();
        }
        return out.append(escaped, at, escaped.length()).toString();
    }
}
