package org.tarjoman.core.limits;

/**
 * The shape every document we read must keep, whatever its size in bytes (the application bounds
 * bytes per endpoint). Each limit is far above what real files need and far below what breaks us:
 * <ul>
 *   <li>{@link #NESTING_DEPTH}: elements open at once in XLIFF, TMX and HTML. Our XLIFF needs
 *       about 10, news HTML under 40. The XLIFF readers recurse once per level (100,000 nested
 *       {@code <pc>} overflowed the stack) and Okapi's HTML filter takes time in the square of the
 *       depth (30,000 nested {@code <div>}: 22 s of CPU).</li>
 *   <li>{@link #INLINE_CODES}: inline tags ({@code b a br span}…) in one HTML text unit, which
 *       becomes one paragraph. Okapi cannot hold more than 6,127 codes in one unit and fails.</li>
 *   <li>{@link #MARKUP_TAGS}: tags in one HTML article. Okapi's time grows with them: 2 MB of
 *       tags take it 4–8 s of CPU; a whole news page saved from a site has a few thousand.</li>
 *   <li>{@link #SEGMENTS}: segments in one article, text or HTML. A news article has tens to a few
 *       hundred; 2 MB of short sentences make 400,000, and a job stores, pre-translates and analyses
 *       each one in one transaction (about half a millisecond each).</li>
 * </ul>
 * Readers refuse a document over a limit with {@link DocumentLimitExceeded} as soon as they see it,
 * before the expensive work: the HTML reader checks the markup before Okapi reads it, the XML readers
 * count depth as the parser streams, {@link org.tarjoman.core.ArticleSegmenter} counts the segments
 * before a job is made of them.
 */
public enum DocumentLimit {

    NESTING_DEPTH("nesting-depth", 100, "elements open at once"),
    INLINE_CODES("inline-codes", 1_000, "inline tags in one paragraph"),
    MARKUP_TAGS("markup-tags", 50_000, "tags in one article"),
    SEGMENTS("segments", 10_000, "segments in one article");

    private final String key;
    private final int max;
    private final String counted;

    DocumentLimit(String key, int max, String counted) {
        this.key = key;
        this.max = max;
        this.counted = counted;
    }

    /** A stable name for clients, e.g. {@code nesting-depth}. */
    public String key() {
        return key;
    }

    public int max() {
        return max;
    }

    /** What is counted, for messages: "elements open at once". */
    public String counted() {
        return counted;
    }

    /** Whether {@code count} is over the limit. */
    public boolean exceededBy(int count) {
        return count > max;
    }
}
