package org.tarjoman.api.notification;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;


import org.tarjoman.api.job.TaskAssigned;
import org.tarjoman.api.job.TaskMoved;
import org.tarjoman.api.job.TaskReopened;
import org.tarjoman.api.notification.NotificationViews.NotificationPage;
import org.tarjoman.api.notification.NotificationViews.NotificationView;

/**
 * Tells people what concerns them in their tasks: an assignment (the new assignee), segments sent back
 * (the translator), a task ready for review (the reviewer), a reopening (both). The observers are
 * synchronous, so a notification is written in the transaction of the change and exists exactly when
 * it committed; nobody is told of an assignment or reopening they made themselves. Email is not sent.
 */
@ApplicationScoped
public class Notifications {

    /** The most a list answers: the badge counts every unread one. */
    static final int LIST_LIMIT = 100;

    void assigned(@Observes TaskAssigned event) {
        write(event.person(), NotificationKind.ASSIGNED, event.jobId(), event.jobTitle(), event.language(), event.by(),
                event.role().name().toLowerCase(Locale.ROOT));
    }

    void moved(@Observes TaskMoved event) {
        if (event.sentBack()) {
            write(event.translator(), NotificationKind.SENT_BACK, event.jobId(), event.jobTitle(), event.language(),
                    null, null);
        } else if (event.readyForReview()) {
            write(event.reviewer(), NotificationKind.READY_FOR_REVIEW, event.jobId(), event.jobTitle(), event.language(),
                    null, null);
        }
    }

    void reopened(@Observes TaskReopened event) {
        for (String person : new String[] {event.translator(), event.reviewer()}) {
            if (person != null && !person.equals(event.by())) {
                write(person, NotificationKind.REOPENED, event.jobId(), event.jobTitle(), event.language(), event.by(),
                        event.reason());
            }
        }
    }

    /** The person's latest notifications, newest first, and how many are unread. */
    @Transactional
    public NotificationPage of(String person, boolean unreadOnly) {
        String where = unreadOnly ? "recipient = ?1 and readAt is null" : "recipient = ?1";
        var list = NotificationEntity.ROWS.find(where + " order by id desc", person)
                .page(0, LIST_LIMIT).list().stream().map(NotificationView::of).toList();
        return new NotificationPage(list, unread(person));
    }

    /** Marks one of the person's notifications read; empty when they have none with this id. */
    @Transactional
    public Optional<NotificationView> read(String person, long id) {
        NotificationEntity n = NotificationEntity.ROWS.findById(id);
        if (n == null || !n.recipient.equals(person)) {
            return Optional.empty();
        }
        if (n.readAt == null) {
            n.readAt = Instant.now();
        }
        return Optional.of(NotificationView.of(n));
    }

    /** Marks all the person's notifications read; answers how many were unread. */
    @Transactional
    public int readAll(String person) {
        return NotificationEntity.ROWS.update("readAt = ?1 where recipient = ?2 and readAt is null", Instant.now(), person);
    }

    long unread(String person) {
        return NotificationEntity.ROWS.count("recipient = ?1 and readAt is null", person);
    }

    private static void write(String recipient, NotificationKind kind, long jobId, String jobTitle, String language,
                              String actor, String detail) {
        if (recipient == null || recipient.equals(actor)) {
            return;
        }
        NotificationEntity n = new NotificationEntity();
        n.recipient = recipient;
        n.kind = kind;
        n.jobId = jobId;
        n.jobTitle = jobTitle;
        n.language = language;
        n.actor = actor;
        n.detail = detail;
        n.createdAt = Instant.now();
        n.persist();
    }
}
