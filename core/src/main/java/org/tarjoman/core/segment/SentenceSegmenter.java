package org.tarjoman.core.segment;

import java.util.List;

/** Splits one paragraph of plain text into sentences. Implementations are thread-safe. */
public interface SentenceSegmenter {

    /**
     * The sentences of {@code paragraph}, in order. Each span starts and ends on a non-whitespace
     * character: whitespace between sentences stays outside every segment.
     */
    List<Span> split(String paragraph);
}
