package org.tarjoman.memory.tmx;

import java.util.List;

/**
 * What a TMX import did. Every {@code tu} is counted once: added (a new unit), merged (the same
 * source and target as a unit of the memory or earlier in the file: that unit counted once more),
 * skipped (a language missing) or rejected (unusable content). The first few merges (naming the unit),
 * skips and rejections are described, see {@link TmxImport#withMaxReasons(int)}.
 */
public record ImportReport(int added, int merged, int skipped, int rejected, List<Problem> mergedInto,
                           List<Problem> skippedReasons, List<Problem> rejectedReasons) {

    public ImportReport {
        mergedInto = List.copyOf(mergedInto);
        skippedReasons = List.copyOf(skippedReasons);
        rejectedReasons = List.copyOf(rejectedReasons);
    }

    /** Number of {@code tu}s read. */
    public int processed() {
        return added + merged + skipped + rejected;
    }

    /**
     * What became of one {@code tu} that was merged, skipped or rejected.
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
