package org.tarjoman.core.document;

/** What a block of an article is: a heading (headline, subheading) or a running paragraph. */
public enum BlockType {
    HEADING,
    PARAGRAPH
}
