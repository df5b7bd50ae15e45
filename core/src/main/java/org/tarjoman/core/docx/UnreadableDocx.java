package org.tarjoman.core.docx;

import org.tarjoman.core.ArticleException;

/** A file that is not a Word document we read: not a zip, no main part, macros, odd part names. */
public final class UnreadableDocx extends ArticleException {

    public UnreadableDocx(String detail) {
        super(detail);
    }
}
