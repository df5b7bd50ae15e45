package org.tarjoman.core.placeable;

import java.util.Optional;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

import org.tarjoman.core.document.PlaceableType;

/**
 * One kind of placeable: where it is ({@code pattern}) and its canonical value; an empty value
 * rejects the match (a date that does not exist), leaving its characters to the next rules.
 */
record PlaceableRule(PlaceableType type, Pattern pattern, Function<MatchResult, Optional<String>> value) {

    static PlaceableRule verbatim(PlaceableType type, Pattern pattern) {
        return new PlaceableRule(type, pattern, match -> Optional.of(match.group()));
    }
}
