package org.tarjoman.core.qa;

import java.util.List;

/**
 * SAME_AS_SOURCE (error): the target is the source copied, spaces at the ends aside, and the source
 * has Persian letters to translate. {@code روند مناسبات در سال ۲۰۲۴} → the same text. A source of
 * only names, numbers or codes ({@code BRICS}, {@code ۲۰۲۴}) may well be copied, so it is not reported.
 */
final class SameAsSourceCheck implements QaCheck {

    @Override
    public void check(CheckedSegment segment, List<Finding> findings) {
        String source = segment.source().plain().strip();
        if (source.equals(segment.target().plain().strip()) && UntranslatedScriptCheck.hasArabicScriptLetter(source)) {
            findings.add(segment.onWholeTarget(FindingCode.SAME_AS_SOURCE, Severity.ERROR,
                    "The target is the source, untranslated."));
        }
    }
}
