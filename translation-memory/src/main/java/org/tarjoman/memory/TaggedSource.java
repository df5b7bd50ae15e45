package org.tarjoman.memory;

import java.util.ArrayList;
import java.util.List;

import org.tarjoman.core.document.TaggedTextLexer;
import org.tarjoman.core.document.TaggedTextLexer.Tag;
import org.tarjoman.core.document.TaggedTextLexer.Token;

/**
 * A tagged source ({@link org.tarjoman.core.document.TaggedText} syntax) split into what matching
 * needs: the plain text, tags removed and the XML entities decoded, and its inline codes with their
 * offsets in that plain text. All character offsets of {@link Difference} refer to this plain text.
 *
 * <p>Parsing is {@link TaggedTextLexer}'s lenient view, unlike {@code TaggedText.parse}, which
 * validates a target against its source: a stray {@code <} or {@code &} that starts no tag or entity
 * is kept as text, and pairs are not checked, so any string a store holds can be matched.
 *
 * @param plain the text without tags
 * @param codes the inline codes in text order
 */
public record TaggedSource(String plain, List<Code> codes) {

    /**
     * One inline code.
     *
     * @param offset where it sits in the plain text
     * @param tag    the tag as written, e.g. {@code <g id="1">}, {@code </g>}, {@code <x id="2"/>}
     * @param kind   which of the five tags it is
     */
    public record Code(int offset, String tag, Tag kind) {
    }

    public TaggedSource {
        codes = List.copyOf(codes);
    }

    public static TaggedSource parse(String tagged) {
        if (tagged.indexOf('<') < 0 && tagged.indexOf('&') < 0) {
            return new TaggedSource(tagged, List.of());
        }
        StringBuilder plain = new StringBuilder(tagged.length());
        List<Code> codes = new ArrayList<>();
        TaggedTextLexer lexer = TaggedTextLexer.lenient(tagged);
        for (Token token = lexer.next(); token != Token.END; token = lexer.next()) {
            if (token == Token.TEXT) {
                lexer.appendText(plain);
            } else {
                codes.add(new Code(plain.length(), lexer.written(), lexer.tag()));
            }
        }
        return new TaggedSource(plain.toString(), codes);
    }

    /**
     * A number that differs when the codes differ in count or kind, for the fuzzy penalty: the count in
     * the high byte, a hash of the sequence of kinds in the rest.
     */
    public int codeSignature() {
        int hash = 0;
        for (Code code : codes) {
            hash = hash * 31 + code.kind().syntax().hashCode();
        }
        return Math.min(codes.size(), 255) << 24 | hash & 0xFFFFFF;
    }
}
