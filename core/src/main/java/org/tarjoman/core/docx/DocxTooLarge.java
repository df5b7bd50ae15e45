package org.tarjoman.core.docx;

import org.tarjoman.core.ArticleException;

/** A Word file that would unpack to more than {@link DocxLimits} allow (a zip bomb, or just too big). */
public final class DocxTooLarge extends ArticleException {

    public DocxTooLarge(String detail) {
        super(detail);
    }
}
