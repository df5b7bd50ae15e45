package org.tarjoman.memory.tmx;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.tarjoman.core.document.InlineCode;
import org.tarjoman.core.document.InlineCode.Kind;
import org.tarjoman.core.document.InvalidTaggedTextException;
import org.tarjoman.core.document.TaggedText;
import org.tarjoman.core.document.TaggedTextLexer;
import org.tarjoman.core.document.TaggedTextLexer.Token;

/**
 * The content of one TMX {@code <seg>} in core's document model: plain text plus inline codes at their
 * offsets, each code keeping its native markup ({@link InlineCode#data()}, e.g. {@code <b>}) and TMX
 * {@code type} ({@link InlineCode#type()}, may be {@code null}). {@link #tagged()} is the form stored
 * in a {@link org.tarjoman.memory.TranslationUnit}; the codes are what TMX needs to write it back.
 */
public record TmxSegment(String text, List<InlineCode> codes) {

    public TmxSegment {
        Objects.requireNonNull(text, "text");
        codes = List.copyOf(codes);
    }

    /** The tagged text ({@code <g id="1">…</g>}, {@code <x id="2"/>}…) of this segment. */
    public String tagged() {
        return TaggedText.of(text, codes);
    }

    /**
     * Rebuilds a segment from its tagged text and the native codes stored with it; a code with no
     * native counterpart (same id and kind) gets empty data, so a unit stored without its codes still
     * exports as valid TMX.
     *
     * @throws InvalidTaggedTextException if the tagged text is malformed
     */
    public static TmxSegment fromTagged(String tagged, List<InlineCode> nativeCodes) {
        Map<String, InlineCode> byKey = new HashMap<>();
        for (InlineCode code : nativeCodes) {
            byKey.putIfAbsent(key(code.id(), code.kind()), code);
        }
        List<InlineCode> skeleton = new ArrayList<>();
        TaggedTextLexer lexer = TaggedTextLexer.strict(tagged);
        for (Token token = lexer.next(); token != Token.END; token = lexer.next()) {
            if (token == Token.TAG) {
                skeleton.add(code(lexer.id(), switch (lexer.tag()) {
                    case PAIR_OPENING, ISOLATED_OPENING -> Kind.OPENING;
                    case PAIR_CLOSING, ISOLATED_CLOSING -> Kind.CLOSING;
                    case PLACEHOLDER -> Kind.PLACEHOLDER;
                }, byKey));
            }
        }
        TaggedText.Parsed parsed = TaggedText.parse(tagged, skeleton);
        return new TmxSegment(parsed.text(), parsed.codes());
    }

    /** Whether an opening or closing code has its partner in this segment (TMX bpt/ept, not it). */
    public boolean isPaired(InlineCode code) {
        if (code.kind() == Kind.PLACEHOLDER) {
            return false;
        }
        Kind partner = code.kind() == Kind.OPENING ? Kind.CLOSING : Kind.OPENING;
        return codes.stream().anyMatch(c -> c.id() == code.id() && c.kind() == partner);
    }

    private static InlineCode code(int id, Kind kind, Map<String, InlineCode> byKey) {
        InlineCode stored = byKey.get(key(id, kind));
        return stored == null ? new InlineCode(id, kind, 0, null, "")
                : new InlineCode(id, kind, 0, stored.type(), stored.data());
    }

    private static String key(int id, Kind kind) {
        return kind + "#" + id;
    }
}
