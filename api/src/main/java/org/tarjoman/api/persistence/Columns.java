package org.tarjoman.api.persistence;

import java.util.List;

import org.tarjoman.core.document.InlineCode;

/**
 * The widths of the schema's text columns ({@code db/migration}), in characters, so that requests are
 * refused at the edge with a 400 naming the field instead of failing on the write. The limits are
 * the columns' own, and chosen to be generous for real text:
 * <ul>
 *   <li>{@link #TEXT} 20,000: a segment (source, target, memory unit, context). A news sentence has a
 *       few hundred characters; one over 20,000 is text without sentence ends (a table flattened,
 *       a pasted log), not something to translate as one unit;</li>
 *   <li>{@link #NAME} 255: people (translator, reviewer, author, account and key names), origins,
 *       external ids, upload file names;</li>
 *   <li>{@link #TITLE} 500, {@link #URL} 2,000 (a callback URL, as browsers allow), {@link #REASON}
 *       2,000 (why a task was closed).</li>
 * </ul>
 */
public final class Columns {

    public static final int TEXT = 20_000;
    public static final int NAME = 255;
    public static final int TITLE = 500;
    public static final int URL = 2_000;
    public static final int REASON = 2_000;

    /**
     * An upper bound of the JSON that {@code CodesColumn} writes for one code beside its type and
     * markup: {@code {"id":…,"kind":"PLACEHOLDER","offset":…,"type":…,"data":…}} with ten-digit
     * numbers, the quotes and a separator.
     */
    private static final int JSON_PER_CODE = 100;

    private Columns() {
    }

    /**
     * Whether a segment's inline codes fit their column ({@link #TEXT}) as JSON. Bounded rather than
     * written: Jackson escapes at most a quote, backslash, tab, line feed or carriage return, each as two
     * characters (the other controls are refused on the way in), so a code takes at most twice its type
     * and markup plus {@link #JSON_PER_CODE}. Only a segment with thousands of characters of markup
     * (an inline {@code data:} image) reaches the bound.
     */
    public static boolean codesFit(List<InlineCode> codes) {
        long bound = 2;
        for (InlineCode code : codes) {
            bound += JSON_PER_CODE + 2L * code.data().length() + (code.type() == null ? 0 : 2L * code.type().length());
        }
        return bound <= TEXT;
    }
}
