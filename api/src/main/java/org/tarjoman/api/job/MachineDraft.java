package org.tarjoman.api.job;

/**
 * A machine translation of a segment to write as its DRAFT ({@link TranslationSaves#applyPretranslation}):
 * the target already checked against the segment's inline codes, with the engine and model it came from.
 */
public record MachineDraft(SegmentEntity segment, String target, String engine, String model) {

    /** The author of an MT draft, until a person saves over it. */
    public static final String AUTHOR = "mt";
}
