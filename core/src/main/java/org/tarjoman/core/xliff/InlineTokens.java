package org.tarjoman.core.xliff;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.tarjoman.core.document.InvalidTaggedTextException;
import org.tarjoman.core.document.TaggedText;
import org.tarjoman.core.document.TaggedTextLexer;
import org.tarjoman.core.document.TaggedTextLexer.Tag;

/**
 * Tagged text as a flat list of text runs and inline codes, the common ground between our tagged
 * text ({@code <g>}, {@code <x/>}, {@code <bx/>}, {@code <ex/>}) and each XLIFF version's inline
 * elements. {@link #parse} splits a tagged string with {@link TaggedTextLexer}'s lenient view (no
 * validation against source codes: matches from the memory have their own); {@link #render} joins
 * tokens read from a file back into tagged text, pairing an opening with a later closing of the
 * same id as {@code <g>}.
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

    private InlineTokens() {
    }

    /**
     * The tokens of a stored tagged text, read leniently (a memory match may hold a bare {@code &}).
     *
     * @throws InvalidTaggedTextException if a {@code </g>} closes nothing or a {@code <g>} is never closed
     */
    static List<Token> parse(String tagged) {
        List<Token> tokens = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        TaggedTextLexer lexer = TaggedTextLexer.lenient(tagged);
        for (TaggedTextLexer.Token token = lexer.next(); token != TaggedTextLexer.Token.END; token = lexer.next()) {
            if (token == TaggedTextLexer.Token.TEXT) {
                lexer.appendText(text);
                continue;
            }
            if (!text.isEmpty()) {
                tokens.add(Token.text(text.toString()));
                text.setLength(0);
            }
            lexer.requirePaired();
            int id = lexer.id();
            tokens.add(switch (lexer.tag()) {
                case PAIR_OPENING -> new Token(Kind.OPENING, null, id, true);
                case PAIR_CLOSING -> new Token(Kind.CLOSING, null, id, true);
                case PLACEHOLDER -> Token.code(Kind.PLACEHOLDER, id);
                case ISOLATED_OPENING -> Token.code(Kind.OPENING, id);
                case ISOLATED_CLOSING -> Token.code(Kind.CLOSING, id);
            });
        }
        if (!text.isEmpty()) {
            tokens.add(Token.text(text.toString()));
        }
        lexer.requireClosed();
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
                case TEXT -> TaggedText.escape(t.text(), 0, t.text().length(), out);
                case PLACEHOLDER -> out.append(TaggedText.tag(Tag.PLACEHOLDER, t.id()));
                case OPENING -> {
                    if (paired.contains(t.id()) && opened.add(t.id())) {
                        open.push(t.id());
                        out.append(TaggedText.tag(Tag.PAIR_OPENING, t.id()));
                    } else {
                        out.append(TaggedText.tag(Tag.ISOLATED_OPENING, t.id()));
                    }
                }
                case CLOSING -> {
                    if (open.contains(t.id())) {
                        if (open.peek() != t.id()) {
                            throw new InvalidTaggedTextException("code " + t.id() + " closes while code " + open.peek()
                                    + " inside it is still open: pairs must nest");
                        }
                        open.pop();
                        out.append(TaggedText.tag(Tag.PAIR_CLOSING, t.id()));
                    } else {
                        out.append(TaggedText.tag(Tag.ISOLATED_CLOSING, t.id()));
                    }
                }
            }
        }
        return out.toString();
    }
}
