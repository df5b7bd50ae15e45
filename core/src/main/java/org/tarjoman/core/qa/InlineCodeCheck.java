package org.tarjoman.core.qa;

import java.util.ArrayList;
import java.util.List;

/**
 * The source's inline codes, each exactly once in the target, pairs the right way round.
 * {@code <g id="1">سفیر کشورمان</g> در فدراسیون روسیه گفت} → "The ambassador said" has lost pair 1.
 * <ul>
 *   <li>TAG_MISSING (error): a source tag not in the target (span on the source's tag);</li>
 *   <li>TAG_EXTRA (error): a target tag the source does not have, or has fewer times; a {@code </g>}
 *       before its {@code <g>} reads as an extra closing and a missing one, since the lexer pairs a
 *       closing with the innermost open {@code <g>};</li>
 *   <li>TAG_ORDER (warning): all tags there, in another order; word order may rightly move a bold
 *       phrase, so the translator judges.</li>
 * </ul>
 */
final class InlineCodeCheck implements QaCheck {

    @Override
    public void check(CheckedSegment segment, List<Finding> findings) {
        List<SegmentText.CodeTag> source = segment.source().tags();
        List<SegmentText.CodeTag> target = segment.target().tags();
        List<SegmentText.CodeTag> unmatchedTarget = new ArrayList<>(target);
        List<String> sourceOrder = new ArrayList<>();
        for (SegmentText.CodeTag tag : source) {
            SegmentText.CodeTag match = removeFirst(unmatchedTarget, tag.key());
            if (match == null) {
                findings.add(new Finding(FindingCode.TAG_MISSING, Severity.ERROR,
                        "Inline code " + tag.written() + " of the source is missing from the target.",
                        new FindingSpan(Side.SOURCE, tag.taggedStart(), tag.taggedStart() + tag.written().length())));
            } else {
                sourceOrder.add(tag.key());
            }
        }
        for (SegmentText.CodeTag tag : unmatchedTarget) {
            findings.add(new Finding(FindingCode.TAG_EXTRA, Severity.ERROR,
                    "Inline code " + tag.written() + " is not in the source" + (hasKey(source, tag.key()) ? " that often." : "."),
                    targetSpan(tag)));
        }
        List<SegmentText.CodeTag> kept = target.stream().filter(tag -> !unmatchedTarget.contains(tag)).toList();
        for (int i = 0; i < kept.size(); i++) {
            if (!kept.get(i).key().equals(sourceOrder.get(i))) {
                findings.add(new Finding(FindingCode.TAG_ORDER, Severity.WARNING,
                        "Inline codes are in another order than in the source, from " + kept.get(i).written() + ".",
                        targetSpan(kept.get(i))));
                return;
            }
        }
    }

    private static FindingSpan targetSpan(SegmentText.CodeTag tag) {
        return new FindingSpan(Side.TARGET, tag.taggedStart(), tag.taggedStart() + tag.written().length());
    }

    private static SegmentText.CodeTag removeFirst(List<SegmentText.CodeTag> tags, String key) {
        for (int i = 0; i < tags.size(); i++) {
            if (tags.get(i).key().equals(key)) {
                return tags.remove(i);
            }
        }
        return null;
    }

    private static boolean hasKey(List<SegmentText.CodeTag> tags, String key) {
        return tags.stream().anyMatch(tag -> tag.key().equals(key));
    }
}
