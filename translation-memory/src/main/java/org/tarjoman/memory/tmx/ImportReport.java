package org.tarjoman.memory.tmx;

import java.util.List;

/**
 * What a TMX import did. Every {@code tu} is counted once: added, updated (merged into an existing
 * unit with newer data), skipped (a language missing, or a duplicate with nothing newer) or rejected
 * (unusable content). Reasons are kept for the first few of each, see
 * {@link TmxImport#withMaxReasons(int)}.
 */
public record ImportReport(int added, int updated, int skipped, int rejected, List<Problem> skippedReasons,
                           List<Problem> rejectedReasons) {

    public ImportReport {
        skippedReasons = List.copyOf(skippedReasons);
        rejectedReasons = List.copyOf(rejectedReasons);
    }

    /** Number of {@code tu}s read. */
    public int processed() {
        return added + updated + skipped + rejected;
    }

    /**
     * Why one {@code tu} was skipped or rejected.
     *
     * @param tu   1-based position of the {@code tu} in the file
     * @param tuid its {@code tuid}, or {@code null}
     * @param line line of its start tag
     */
    public record Problem(int tu, String tuid, int line, String reason) {

        @Override
        public String toString() {
            return "tu " + tu + (tuid == null ? "" : " (tuid " + tuid + ")") + ", line " + line + ": " + reason;
        }
    }
}
