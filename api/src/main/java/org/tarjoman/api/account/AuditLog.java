package org.tarjoman.api.account;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;


import org.jboss.logging.Logger;
import org.tarjoman.api.account.AccountViews.AuditPage;
import org.tarjoman.api.account.AccountViews.AuditView;

/**
 * Who did what, when and to what: sign-ins, changes of people and keys, writes made with keys, forced
 * imports and deletions. Written in the transaction of the change it records (a refused change leaves
 * no entry), and logged at INFO as well.
 */
@ApplicationScoped
public class AuditLog {

    private static final Logger LOG = Logger.getLogger(AuditLog.class);

    @Transactional
    public void record(String actor, AuditAction action, String target, String detail, String address) {
        AuditEntryEntity entry = new AuditEntryEntity();
        entry.occurredAt = Instant.now();
        entry.actor = cut(actor == null ? "unknown" : actor, 255);
        entry.action = action;
        entry.target = cut(target, 500);
        entry.detail = cut(detail, 2000);
        entry.address = cut(address, 64);
        entry.persist();
        LOG.infof("audit: %s %s %s%s", entry.actor, action, target == null ? "" : target,
                address == null ? "" : " from " + address);
    }

    public void record(String actor, AuditAction action, String target, String detail) {
        record(actor, action, target, detail, null);
    }

    @Transactional
    public AuditPage page(int page, int size) {
        var query = AuditEntryEntity.ROWS.find("order by occurredAt desc, id desc");
        // a page past any possible row is empty; asking for it must not overflow the row offset
        List<AuditEntryEntity> entries = (long) page * size > Integer.MAX_VALUE ? List.of()
                : query.page(page, size).list();
        return new AuditPage(entries.stream().map(AuditView::of).toList(), page, size, query.count());
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
