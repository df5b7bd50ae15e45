package org.tarjoman.api.mt;

/** A memory match offered to a model as an example: its source, its confirmed target and score. */
public record MtExample(String source, String target, int score) {
}
