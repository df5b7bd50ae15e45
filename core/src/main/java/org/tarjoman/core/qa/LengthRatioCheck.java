package org.tarjoman.core.qa;

import java.util.List;
import java.util.Map;

/**
 * LENGTH_RATIO (warning): the target's length in characters against the source's is outside the band
 * a real translation keeps: fa→en 0.5–2.0, fa→ru 0.5–2.3. Measured on NTREX-128 (1,970 segments of
 * 20 characters or more, {@code test-data/ntrex128}: Persian and Russian references of the same English
 * news): fa→en median 1.02, 0.5 % below 0.56 and 0.5 % above 1.59, extremes 0.36 and 2.6; fa→ru median
 * 1.13, 0.5 % below 0.53 and 0.5 % above 2.03, extremes 0.45 and 4.12. So the band flags about 1 % of
 * good translations and catches a half-translated or doubled target ({@code سفیر ایران در روسیه گفت:
 * همکاری در حمل و نقل و گاز در حال گسترش است.} → "The ambassador said:"). Sources under 20 characters
 * are not checked: a short headline or a name varies too much.
 */
final class LengthRatioCheck implements QaCheck {

    static final int SHORTEST_SOURCE = 20;
    private static final Map<TargetLanguage, double[]> BANDS = Map.of(
            TargetLanguage.EN, new double[] {0.5, 2.0},
            TargetLanguage.RU, new double[] {0.5, 2.3});

    @Override
    public void check(CheckedSegment segment, List<Finding> findings) {
        int source = segment.source().plain().strip().length();
        int target = segment.target().plain().strip().length();
        if (source < SHORTEST_SOURCE) {
            return;
        }
        double ratio = (double) target / source;
        double[] band = BANDS.get(segment.language());
        if (ratio < band[0] || ratio > band[1]) {
            findings.add(segment.onWholeTarget(FindingCode.LENGTH_RATIO, Severity.WARNING, String.format(
                    java.util.Locale.ROOT, "The target is %.2f times the source's length (expected %.1f–%.1f).",
                    ratio, band[0], band[1])));
        }
    }
}
