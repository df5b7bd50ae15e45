package org.tarjoman.api.mt.llm;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.tarjoman.api.mt.MtConversion;
import org.tarjoman.api.mt.MtExample;
import org.tarjoman.api.mt.MtRequest;
import org.tarjoman.api.mt.MtTerm;

/**
 * The chat messages asking a model for one segment, grounded in our data: the neighbours as context
 * (never to be translated), the memory's best matches as examples, the glossary's preferred and
 * forbidden terms found in the sentence, and the numbers and Solar Hijri dates core already converted,
 * so the model copies "17 January 2025" instead of converting the calendar itself. The rules sit in the
 * system message, the data in the user message; the sentence comes last, alone under its heading, so
 * nothing else reads as the text to translate.
 */
public record LlmPrompt(String system, String user) {

    /** The prompt for a request whose source is already shielded. */
    public static LlmPrompt of(MtRequest request, InlineCodeShield shield) {
        String from = languageName(request.sourceLanguage());
        String to = languageName(request.targetLanguage());
        String system = """
                You are a professional news translator from %1$s into %2$s.
                Translate the one sentence under "Sentence" into %2$s, in the register of a news agency.
                Rules:
                - Answer with the translation only: no quotes around it, no "Translation:", no notes or explanations.
                - Copy every placeholder such as ⟦1⟧, ⟦/1⟧ exactly once, around the words that correspond.
                - The context sentences are for understanding only; do not translate them.
                - Use the glossary's preferred terms; never use a forbidden term.
                - Numbers and dates listed under "Converted" are already in %2$s: copy them as given.
                - Follow the style of the memory examples where they fit.""".formatted(from, to);
        StringBuilder user = new StringBuilder();
        if (!request.before().isEmpty() || !request.after().isEmpty()) {
            user.append("Context (do not translate):\n");
            request.before().forEach(line -> user.append("[before] ").append(InlineCodeShield.of(line).text()).append('\n'));
            request.after().forEach(line -> user.append("[after] ").append(InlineCodeShield.of(line).text()).append('\n'));
            user.append('\n');
        }
        if (!request.examples().isEmpty()) {
            user.append("Memory examples:\n");
            for (MtExample example : request.examples()) {
                user.append("- ").append(from).append(" (").append(example.score()).append("% match): ")
                        .append(InlineCodeShield.of(example.source()).text()).append('\n')
                        .append("  ").append(to).append(": ").append(InlineCodeShield.of(example.target()).text()).append('\n');
            }
            user.append('\n');
        }
        if (!request.terms().isEmpty()) {
            user.append("Glossary:\n");
            request.terms().forEach(term -> user.append(glossaryLine(term)).append('\n'));
            user.append('\n');
        }
        if (!request.conversions().isEmpty()) {
            user.append("Converted:\n");
            for (MtConversion conversion : request.conversions()) {
                user.append("- ").append(conversion.source()).append(" = ").append(conversion.target()).append('\n');
            }
            user.append('\n');
        }
        user.append("Sentence:\n").append(shield.text());
        return new LlmPrompt(system, user.toString());
    }

    private static String glossaryLine(MtTerm term) {
        StringBuilder line = new StringBuilder("- ").append(term.source()).append(" → ").append(term.target());
        if (!term.alternatives().isEmpty()) {
            line.append(" (also acceptable: ").append(String.join(", ", term.alternatives())).append(')');
        }
        if (!term.forbidden().isEmpty()) {
            line.append("; never: ").append(term.forbidden().stream().collect(Collectors.joining(", ")));
        }
        return line.toString();
    }

    static String languageName(String tag) {
        String name = Locale.forLanguageTag(tag).getDisplayLanguage(Locale.ENGLISH);
        return name.isEmpty() ? tag : name;
    }

    /** Both messages, as the cache's context of the request (what besides the engine and model decides the answer). */
    public List<String> messages() {
        return List.of(system, user);
    }
}
