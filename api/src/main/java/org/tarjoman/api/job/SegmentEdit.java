package org.tarjoman.api.job;

/**
 * A person's save of one segment: the target as typed (tagged text), the status asked for, the
 * version read, and, when the target was taken as is from a memory or machine suggestion, that origin
 * and its score.
 */
public record SegmentEdit(String target, TranslationStatus status, long version, Origin claimedOrigin, Integer score) {
}
