package org.tarjoman.api.testing;

/** Plain text (news sentences may hold "&" or "<") written as markup: tagged text, TMX or XLIFF content. */
public final class Markup {

    private Markup() {
    }

    public static String escape(String plain) {
        return plain.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
