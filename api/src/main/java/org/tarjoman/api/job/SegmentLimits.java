package org.tarjoman.api.job;

import java.util.Locale;

import org.tarjoman.api.persistence.Columns;
import org.tarjoman.core.document.Block;
import org.tarjoman.core.document.Document;
import org.tarjoman.core.document.Segment;
import org.tarjoman.core.document.TaggedText;

/**
 * An article is refused, before anything is written, when one of its segments cannot be stored: its
 * tagged source longer than {@link Columns#TEXT} (a "sentence" of 20,000 characters is text without
 * sentence ends), or more inline markup than its codes' column holds (an inline {@code data:} image).
 */
final class SegmentLimits {

    private SegmentLimits() {
    }

    static void check(Document document) {
        int number = 0;
        for (Block block : document.blocks()) {
            for (Segment segment : block.segments()) {
                number++;
                int length = TaggedText.of(segment).length();
                if (length > Columns.TEXT) {
                    throw refused(number, block, String.format(Locale.ROOT, "has %,d characters; a segment holds at "
                            + "most %,d. Does the text lack sentence ends?", length, Columns.TEXT));
                }
                if (!Columns.codesFit(segment.codes())) {
                    throw refused(number, block, "carries more inline markup than a segment holds (an embedded "
                            + "data: image?)");
                }
            }
        }
    }

    private static InvalidJobRequest refused(int number, Block block, String problem) {
        return new InvalidJobRequest(InvalidJobRequest.Reason.INVALID_FIELD, "content: segment " + number + " (in "
                + block.type().name().toLowerCase(Locale.ROOT) + " " + (block.index() + 1) + ") " + problem);
    }
}
