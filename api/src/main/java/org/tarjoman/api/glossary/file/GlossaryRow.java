package org.tarjoman.api.glossary.file;

import org.tarjoman.api.glossary.GlossaryViews.TermRequest;

/** A term read from a glossary file, with the line it starts on for a fault's report. */
public record GlossaryRow(long line, TermRequest term) {
}
