package org.tarjoman.api.job;

import java.util.List;

import org.tarjoman.core.document.InlineCode;

/**
 * One translation as a save leaves it: the target (tagged text, checked against the segment's codes
 * by {@link SaveRules}), its status and where it came from.
 */
public record TranslationChange(SegmentEntity segment, String target, List<InlineCode> targetCodes,
                                TranslationStatus status, Origin origin, Integer score) {
}
