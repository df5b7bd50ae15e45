package org.tarjoman.memory;

import java.util.List;

/** A unit offered for a query, with its score (0–101), kind and where its source differs. */
public record Match(TranslationUnit unit, int score, MatchKind kind, List<Difference> differences) {

    public Match {
        differences = List.copyOf(differences);
    }
}
