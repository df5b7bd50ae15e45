package org.tarjoman.api.mt;

import java.util.List;

/** A glossary term found in the sentence: its preferred translation, the allowed ones and the forbidden ones. */
public record MtTerm(String source, String target, List<String> alternatives, List<String> forbidden) {

    public MtTerm {
        alternatives = List.copyOf(alternatives);
        forbidden = List.copyOf(forbidden);
    }
}
