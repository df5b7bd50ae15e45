package org.tarjoman.api.mt.llm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.tarjoman.core.document.TaggedText;
import org.tarjoman.core.document.TaggedTextLexer;

/**
 * A segment's inline codes as placeholders a language model copies without touching them:
 * {@code <g id="1">} → {@code ⟦1⟧}, {@code </g>} → {@code ⟦/1⟧}, {@code <x id="2"/>} (and {@code bx},
 * {@code ex}) → {@code ⟦2⟧}. Brackets that are not ASCII keep a model from reading them as markup it may
 * rewrite, and they never occur in Persian news. The text between codes is plain (entities read), so the
 * model sees {@code &} and not {@code &amp;}; {@link #restore} writes tagged text back.
 */
public final class InlineCodeShield {

    /** Any placeholder-looking token in an answer, known or invented. */
    static final Pattern PLACEHOLDER = Pattern.compile("⟦/?[^⟦⟧\\s]{1,12}⟧");

    private final String text;
    private final Map<String, String> tags;

    private InlineCodeShield(String text, Map<String, String> tags) {
        this.text = text;
        this.tags = tags;
    }

    /** Shields a segment's tagged source. */
    public static InlineCodeShield of(String tagged) {
        TaggedTextLexer lexer = TaggedTextLexer.lenient(tagged);
        StringBuilder out = new StringBuilder(tagged.length());
        Map<String, String> tags = new LinkedHashMap<>();
        for (TaggedTextLexer.Token token = lexer.next(); token != TaggedTextLexer.Token.END; token = lexer.next()) {
            if (token == TaggedTextLexer.Token.TEXT) {
                lexer.appendText(out);
            } else {
                String placeholder = (lexer.tag() == TaggedTextLexer.Tag.PAIR_CLOSING ? "⟦/" : "⟦") + lexer.id() + "⟧";
                tags.put(placeholder, TaggedText.tag(lexer.tag(), lexer.id()));
                out.append(placeholder);
            }
        }
        return new InlineCodeShield(out.toString(), tags);
    }

    /** The source as the model sees it. */
    public String text() {
        return text;
    }

    /** The placeholders of the source, in order. */
    public List<String> placeholders() {
        return List.copyOf(tags.keySet());
    }

    /** The placeholders found in an answer, in order, known or not. */
    static List<String> placeholdersIn(String answer) {
        List<String> found = new ArrayList<>();
        Matcher matcher = PLACEHOLDER.matcher(answer);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }

    /** A checked answer as tagged text: placeholders back to their tags, the text escaped. */
    public String restore(String answer) {
        StringBuilder out = new StringBuilder(answer.length() + 16 * tags.size());
        Matcher matcher = PLACEHOLDER.matcher(answer);
        int at = 0;
        while (matcher.find()) {
            escape(answer.substring(at, matcher.start()), out);
            String tag = tags.get(matcher.group());
            if (tag == null) {
                escape(matcher.group(), out);
            } else {
                out.append(tag);
            }
            at = matcher.end();
        }
        escape(answer.substring(at), out);
        return out.toString();
    }

    private static void escape(String text, StringBuilder out) {
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
}
