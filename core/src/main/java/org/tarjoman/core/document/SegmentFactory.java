package org.tarjoman.core.document;

import java.util.List;

import org.tarjoman.core.count.WordCounter;
import org.tarjoman.core.placeable.PlaceableRecognizer;

/** Builds {@link Segment}s with their word count and placeables, the same way for every format. */
public final class SegmentFactory {

    private final WordCounter wordCounter;
    private final PlaceableRecognizer placeables;

    public SegmentFactory(WordCounter wordCounter, PlaceableRecognizer placeables) {
        this.wordCounter = wordCounter;
        this.placeables = placeables;
    }

    public Segment create(int index, String text, List<InlineCode> codes) {
        return new Segment(index, text, wordCounter.count(text), codes, placeables.recognize(text));
    }
}
