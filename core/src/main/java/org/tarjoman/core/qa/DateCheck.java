package org.tarjoman.core.qa;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.tarjoman.core.document.Placeable;
import org.tarjoman.core.document.PlaceableType;
import org.tarjoman.core.localize.Localizer;
import org.tarjoman.core.segment.Span;

/**
 * DATE_MISMATCH: every date of the source (Solar Hijri {@code ۲۸ دی ماه ۱۴۰۳}, {@code ۲۸ دی ۱۴۰۳},
 * {@code ۱۴۰۳/۱۰/۲۸}, or Gregorian {@code ۱۷ ژانویه ۲۰۲۵}, as the placeable recognizer reads them and
 * ICU's Persian calendar converts them) is in the target as the same day, in any form
 * {@link TargetDates} reads: "on 17 January 2025" passes, "on 18 January 2025" is an error, and so is
 * "28 Dey 1404". Severity:
 * <ul>
 *   <li>error: a source date missing from the target, or a target date standing for another day;</li>
 *   <li>warning: a target date the source does not have; a Solar Hijri date in the source that names
 *       no day ({@code ۳۱ اسفند ۱۴۰۳}: Esfand 1403 has 30 days), which the translator cannot convert.</li>
 * </ul>
 */
final class DateCheck implements QaCheck {

    @Override
    public void check(CheckedSegment segment, List<Finding> findings) {
        for (Span impossible : segment.impossibleSourceDates()) {
            findings.add(segment.inSource(FindingCode.DATE_MISMATCH, Severity.WARNING,
                    "The source date " + impossible.of(segment.source().plain())
                            + " is not a day of the Solar Hijri calendar; check it with the author.",
                    impossible.start(), impossible.end()));
        }
        List<Placeable> sourceDates = segment.sourcePlaceables().stream()
                .filter(p -> p.type() == PlaceableType.DATE).toList();
        List<TargetDates.TargetDate> targetDates = new ArrayList<>(segment.targetDates());
        List<Placeable> unmatched = new ArrayList<>();
        for (Placeable date : sourceDates) {
            LocalDate day = LocalDate.parse(date.value());
            if (!removeFirst(targetDates, day)) {
                unmatched.add(date);
            }
        }
        for (Placeable date : unmatched) {
            String expected = Localizer.date(LocalDate.parse(date.value()), segment.language().locale());
            if (!targetDates.isEmpty()) {
                TargetDates.TargetDate other = targetDates.remove(0);
                findings.add(segment.inTarget(FindingCode.DATE_MISMATCH, Severity.ERROR,
                        "The target's date " + segment.target().plain().substring(other.start(), other.end())
                                + " is not the source's " + date.text() + " (" + expected + ").",
                        other.start(), other.end()));
            } else {
                findings.add(segment.inSource(FindingCode.DATE_MISMATCH, Severity.ERROR,
                        "The source's date " + date.text() + " (" + expected + ") is not in the target.",
                        date.start(), date.end()));
            }
        }
        for (TargetDates.TargetDate extra : targetDates) {
            findings.add(segment.inTarget(FindingCode.DATE_MISMATCH, Severity.WARNING,
                    "The target's date " + segment.target().plain().substring(extra.start(), extra.end())
                            + " is not in the source.", extra.start(), extra.end()));
        }
    }

    /** Removes the first target date of that day only, so two equal source dates need two in the target. */
    private static boolean removeFirst(List<TargetDates.TargetDate> dates, LocalDate day) {
        for (int i = 0; i < dates.size(); i++) {
            if (dates.get(i).date().equals(day)) {
                dates.remove(i);
                return true;
            }
        }
        return false;
    }
}
