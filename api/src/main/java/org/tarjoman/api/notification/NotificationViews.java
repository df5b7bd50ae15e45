package org.tarjoman.api.notification;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON shapes of the notification endpoints. */
public final class NotificationViews {

    private NotificationViews() {
    }

    @Schema(name = "Notification")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record NotificationView(long id,
                                   @Schema(enumeration = {"ASSIGNED", "SENT_BACK", "READY_FOR_REVIEW", "REOPENED"})
                                   String kind,
                                   @Schema(description = "What happened, in a sentence") String message,
                                   long jobId, String jobTitle, String language, String actor, String detail,
                                   @Schema(description = "The editor of the task") String link,
                                   Instant createdAt, Instant readAt) {

        static NotificationView of(NotificationEntity n) {
            return new NotificationView(n.id, n.kind.name(), Messages.of(n), n.jobId, n.jobTitle, n.language, n.actor,
                    n.detail, "/jobs/" + n.jobId + "/" + n.language, n.createdAt, n.readAt);
        }
    }

    @Schema(name = "NotificationPage", description = "The caller's notifications, newest first")
    public record NotificationPage(List<NotificationView> notifications, long unread) {
    }

    /**
     * The sentence each kind says. The title and the reason are often Persian: first-strong isolates
     * (U+2068 … U+2069) keep them from reordering the English around them.
     */
    static final class Messages {

        private Messages() {
        }

        static String of(NotificationEntity n) {
            String task = "the " + n.language + " task of \u201c" + isolated(n.jobTitle) + "\u201d";
            return switch (n.kind) {
                case ASSIGNED -> n.actor + " assigned you " + task + (n.detail == null ? "" : " as " + n.detail) + ".";
                case SENT_BACK -> "The reviewer sent " + task + " back: rejected segments to fix.";
                case READY_FOR_REVIEW -> task.substring(0, 1).toUpperCase() + task.substring(1) + " is ready for review.";
                case REOPENED -> n.actor + " reopened " + task + " for a correction: " + isolated(n.detail);
            };
        }

        private static String isolated(String text) {
            return "\u2068" + text + "\u2069";
        }
    }
}
