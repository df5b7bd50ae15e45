package org.tarjoman.memory;

/**
 * A unit found by target-side concordance, with where the phrase stands in its target: a half-open
 * range of the target's plain text (tags removed, entities decoded, as {@link TaggedSource#plain}).
 */
public record TargetHit(TranslationUnit unit, int start, int end) {
}
