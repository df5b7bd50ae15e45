package org.tarjoman.core.qa;

import java.util.List;

import org.tarjoman.core.normalize.PersianChars;

/**
 * EMPTY_TARGET (error): the target has no text but spaces and inline codes while the source has
 * some. {@code سفیر ایران در روسیه گفت:} → {@code ""} or {@code <x id="1"/> }.
 */
final class EmptyTargetCheck implements QaCheck {

    @Override
    public void check(CheckedSegment segment, List<Finding> findings) {
        if (isBlank(segment.target().plain()) && !isBlank(segment.source().plain())) {
            findings.add(segment.onWholeTarget(FindingCode.EMPTY_TARGET, Severity.ERROR, "The target is empty."));
        }
    }

    static boolean isBlank(String text) {
        return text.codePoints().allMatch(PersianChars::isSpace);
    }
}
