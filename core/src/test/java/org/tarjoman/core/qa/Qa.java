package org.tarjoman.core.qa;

import java.util.List;

/** The checks as the tests call them, and what the tests read of their findings. */
final class Qa {

    private static final SegmentCheck CHECK = new SegmentCheck();

    private Qa() {
    }

    static List<Finding> en(String source, String target) {
        return CHECK.check(source, target, TargetLanguage.EN);
    }

    static List<Finding> ru(String source, String target) {
        return CHECK.check(source, target, TargetLanguage.RU);
    }

    static List<Finding> of(FindingCode code, List<Finding> findings) {
        return findings.stream().filter(f -> f.code() == code).toList();
    }

    /** The text a finding's span covers, in the source or the target given. */
    static String spanned(Finding finding, String source, String target) {
        String text = finding.span().side() == Side.SOURCE ? source : target;
        return text.substring(finding.span().start(), finding.span().end());
    }
}
