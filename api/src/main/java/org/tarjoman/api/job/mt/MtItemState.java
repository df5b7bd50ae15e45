package org.tarjoman.api.job.mt;

/**
 * Where a segment queued for machine translation stands: waiting for a node, translated into a draft,
 * failed (the segment untouched, the reason kept), or skipped because a person saved it meanwhile.
 */
public enum MtItemState {
    PENDING,
    DONE,
    FAILED,
    SKIPPED
}
