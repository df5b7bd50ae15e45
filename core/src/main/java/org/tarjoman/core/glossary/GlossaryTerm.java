package org.tarjoman.core.glossary;

import java.util.List;
import java.util.Objects;

import org.tarjoman.core.qa.TargetLanguage;

/**
 * One glossary entry for one target language: the Persian term as written ({@code پزشکیان}), its
 * preferred translation ("Pezeshkian"), the other allowed ones and the forbidden ones ("Pezeshkiyan").
 *
 * @param id the glossary's id of the entry, handed back with every hit
 */
public record GlossaryTerm(String id, String source, TargetLanguage language, String preferred,
                           List<String> alternatives, List<String> forbidden) {

    public GlossaryTerm {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(preferred, "preferred");
        alternatives = List.copyOf(alternatives);
        forbidden = List.copyOf(forbidden);
    }
}
