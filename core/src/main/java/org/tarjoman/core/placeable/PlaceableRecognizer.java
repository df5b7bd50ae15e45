package org.tarjoman.core.placeable;

import java.util.List;

import org.tarjoman.core.document.Placeable;

/** Finds the placeables (numbers, dates, times, URLs, e-mails, Latin-script tokens) in a segment's text. */
public interface PlaceableRecognizer {

    /** Placeables ordered by start, non-overlapping. */
    List<Placeable> recognize(String text);
}
