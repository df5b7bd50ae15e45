package org.tarjoman.api.job;

import java.util.List;
import java.util.Locale;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tarjoman.core.qa.Finding;

/** QA findings as the API shows them; core's records stay inside. */
public final class QaViews {

    private QaViews() {
    }

    @Schema(name = "QaFinding")
    public record FindingView(
            @Schema(description = "The segment the finding is about") long segmentId,
            @Schema(description = "Stable code", enumeration = {"EMPTY_TARGET", "SAME_AS_SOURCE", "UNTRANSLATED_SCRIPT",
                "NUMBER_MISSING", "NUMBER_EXTRA", "DATE_MISMATCH", "TERM_MISSING", "TERM_FORBIDDEN", "TAG_MISSING",
                "TAG_EXTRA", "TAG_ORDER", "PUNCTUATION", "SPACES", "LENGTH_RATIO", "SPELLING", "GRAMMAR"}) String code,
            @Schema(enumeration = {"error", "warning"}) String severity,
            @Schema(description = "English, naming the problem", examples = "Number ۱۵ (15) of the source is not in the target.")
            String message,
            SpanView span) {

        static FindingView of(long segmentId, Finding finding) {
            return new FindingView(segmentId, finding.code().name(), finding.severity().name().toLowerCase(Locale.ROOT),
                    finding.message(), new SpanView(finding.span().side().name().toLowerCase(Locale.ROOT),
                    finding.span().start(), finding.span().end()));
        }

        public static List<FindingView> of(long segmentId, List<Finding> findings) {
            return findings.stream().map(finding -> of(segmentId, finding)).toList();
        }
    }

    @Schema(name = "QaSpan", description = "A range [start, end) of the segment's tagged source or target")
    public record SpanView(@Schema(enumeration = {"source", "target"}) String side, int start, int end) {
    }

    @Schema(name = "QaReport")
    public record QaReport(@Schema(description = "Every translated segment's findings, in article order")
                           List<FindingView> findings) {
    }
}
