package org.tarjoman.api.mt.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.tarjoman.api.mt.MtOutcome;
import org.tarjoman.api.mt.llm.AnswerCheck;
import org.tarjoman.core.document.TaggedText;
import org.tarjoman.core.document.TaggedTextLexer;

/**
 * Engines that keep markup (DeepL with {@code tag_handling=xml}, Google and LibreTranslate with
 * {@code format=html}) get a segment's tagged text as it is, since its codes are XML tags with an id; their
 * answer is read back leniently (entities such as Google's {@code &#39;} read, any stray {@code <} kept as
 * text) and written as tagged text again, its codes held to the source's as a language model's are.
 */
final class MarkupAnswer {

    /** HTML has no self-closing elements: an engine in HTML mode may write {@code <x id="2"/>} as {@code <x id="2"></x>}. */
    private static final Pattern EMPTY_ELEMENT = Pattern.compile("<(x|bx|ex)(\\s+id\\s*=\\s*[\"']\\d{1,9}[\"'])\\s*>\\s*</\\1\\s*>");

    private MarkupAnswer() {
    }

    /** The outcome for one answer of an engine. */
    static MtOutcome read(String source, String answer, Engine engine) {
        if (answer == null || answer.isBlank()) {
            return new MtOutcome.Failed(engine.name(), "the answer is empty");
        }
        List<String> answerCodes = new ArrayList<>();
        String tagged = retag(EMPTY_ELEMENT.matcher(answer).replaceAll("<$1$2/>"), answerCodes);
        Optional<String> rejection = AnswerCheck.codes(codes(source), answerCodes);
        if (rejection.isPresent()) {
            return new MtOutcome.Failed(engine.name(), rejection.get());
        }
        return new MtOutcome.Translated(tagged.strip(), engine.name(), engine.model());
    }

    private static List<String> codes(String tagged) {
        List<String> codes = new ArrayList<>();
        retag(tagged, codes);
        return codes;
    }

    private static String retag(String markup, List<String> codes) {
        TaggedTextLexer lexer = TaggedTextLexer.lenient(markup);
        StringBuilder text = new StringBuilder();
        StringBuilder out = new StringBuilder(markup.length());
        for (TaggedTextLexer.Token token = lexer.next(); token != TaggedTextLexer.Token.END; token = lexer.next()) {
            if (token == TaggedTextLexer.Token.TEXT) {
                text.setLength(0);
                lexer.appendText(text);
                out.append(TaggedText.of(text.toString(), List.of()));
            } else {
                String tag = TaggedText.tag(lexer.tag(), lexer.id());
                codes.add(lexer.tag() == TaggedTextLexer.Tag.PAIR_CLOSING ? "</g id=" + lexer.id() + ">" : tag);
                out.append(tag);
            }
        }
        return out.toString();
    }
}
