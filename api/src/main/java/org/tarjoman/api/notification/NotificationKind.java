package org.tarjoman.api.notification;

/** What a notification tells its recipient about one of their tasks. */
public enum NotificationKind {
    /** A manager made them the task's translator or reviewer. */
    ASSIGNED,
    /** The reviewer sent segments back: the translator has rejections to fix. */
    SENT_BACK,
    /** Every segment is translated: the reviewer's turn. */
    READY_FOR_REVIEW,
    /** A manager reopened the delivered task for a correction. */
    REOPENED
}
