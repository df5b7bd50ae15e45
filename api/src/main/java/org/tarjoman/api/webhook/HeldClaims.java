package org.tarjoman.api.webhook;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.jboss.logging.Logger;
import org.tarjoman.api.webhook.WebhookEvents.Claim;

/**
 * The claims this node holds and has not finished (no outcome recorded yet). At shutdown they are
 * released, so another node, or this one after its restart, sends those events at once instead of
 * after the {@link WebhookDispatcher#LEASE} runs out.
 */
final class HeldClaims {

    private static final Logger LOG = Logger.getLogger(HeldClaims.class);

    private final Set<Claim> held = ConcurrentHashMap.newKeySet();

    void taken(Claim claim) {
        held.add(claim);
    }

    void finished(Claim claim) {
        held.remove(claim);
    }

    /** Releases every claim still held; one whose lease is no longer ours (it ran out) is left alone. */
    void releaseAll(WebhookEvents events) {
        List<Claim> open = List.copyOf(held);
        int released = 0;
        for (Claim claim : open) {
            try {
                released += events.release(claim) ? 1 : 0;
                held.remove(claim);
            } catch (RuntimeException e) {
                LOG.warnf("Releasing the claim on webhook event %d failed (%s); it is sent again once its lease runs out",
                        claim.id(), WebhookDispatcher.describe(e));
            }
        }
        if (released > 0) {
            LOG.infof("Released %d webhook event claim(s) held by this node; they are sent again at once", released);
        }
    }
}
