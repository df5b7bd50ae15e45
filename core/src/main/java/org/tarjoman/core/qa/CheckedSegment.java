package org.tarjoman.core.qa;

import java.util.List;

import org.tarjoman.core.document.Placeable;
import org.tarjoman.core.placeable.ImpossibleDates;
import org.tarjoman.core.segment.Span;

/**
 * What every check reads: both sides, the target language, the glossary's hits and the source's
 * placeables (found once, shared by the number and the date checks). One per check run, not shared
 * between threads. Findings are made here so
 * their spans are always in tagged-text offsets.
 */
final class CheckedSegment {

    private final SegmentText source;
    private final SegmentText target;
    private final TargetLanguage language;
    private final List<TermHit> termHits;
    private final List<Placeable> sourcePlaceables;
    private List<Span> impossibleSourceDates;
    private List<TargetDates.TargetDate> targetDates;

    CheckedSegment(SegmentText source, SegmentText target, TargetLanguage language, List<TermHit> termHits,
                   List<Placeable> sourcePlaceables) {
        this.source = source;
        this.target = target;
        this.language = language;
        this.termHits = termHits;
        this.sourcePlaceables = sourcePlaceables;
    }

    SegmentText source() {
        return source;
    }

    SegmentText target() {
        return target;
    }

    TargetLanguage language() {
        return language;
    }

    List<TermHit> termHits() {
        return termHits;
    }

    List<Placeable> sourcePlaceables() {
        return sourcePlaceables;
    }

    /** Solar Hijri dates of the source that name no day; found once for the number and the date checks. */
    List<Span> impossibleSourceDates() {
        if (impossibleSourceDates == null) {
            impossibleSourceDates = ImpossibleDates.in(source.plain());
        }
        return impossibleSourceDates;
    }

    /** The target's dates; found once for the number and the date checks. */
    List<TargetDates.TargetDate> targetDates() {
        if (targetDates == null) {
            targetDates = TargetDates.in(target.plain());
        }
        return targetDates;
    }

    Finding inTarget(FindingCode code, Severity severity, String message, int plainStart, int plainEnd) {
        return new Finding(code, severity, message, target.span(Side.TARGET, plainStart, plainEnd));
    }

    Finding inSource(FindingCode code, Severity severity, String message, int plainStart, int plainEnd) {
        return new Finding(code, severity, message, source.span(Side.SOURCE, plainStart, plainEnd));
    }

    Finding onWholeTarget(FindingCode code, Severity severity, String message) {
        return new Finding(code, severity, message, target.whole(Side.TARGET));
    }
}
