package org.tarjoman.api.webhook;

import java.net.URI;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * How many deliveries are in flight on this node, in all and per receiver (scheme, host and port of
 * the callback URL). A receiver that never answers holds each of its deliveries until the timeout;
 * capping it at {@code perReceiver} leaves the other senders to everyone else.
 */
final class SenderSlots {

    private final int total;
    private final int perReceiver;
    private final Map<String, Integer> inFlight = new HashMap<>();
    private int used;

    SenderSlots(int total, int perReceiver) {
        if (total < 1 || perReceiver < 1) {
            throw new IllegalArgumentException("tarjoman.webhooks.senders and senders-per-receiver must be at least 1");
        }
        this.total = total;
        this.perReceiver = perReceiver;
    }

    synchronized boolean anyFree() {
        return used < total;
    }

    synchronized int free() {
        return total - used;
    }

    /** Takes a slot for a delivery to this receiver; false when all are taken or the receiver has its share. */
    synchronized boolean tryTake(String receiver) {
        int busy = inFlight.getOrDefault(receiver, 0);
        if (used >= total || busy >= perReceiver) {
            return false;
        }
        inFlight.put(receiver, busy + 1);
        used++;
        return true;
    }

    synchronized void release(String receiver) {
        int busy = inFlight.getOrDefault(receiver, 0);
        if (busy <= 1) {
            inFlight.remove(receiver);
        } else {
            inFlight.put(receiver, busy - 1);
        }
        used--;
    }

    /** The receiver a callback URL is delivered to: {@code https://newsroom.example:443}. */
    static String receiver(String url) {
        try {
            URI uri = URI.create(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            int port = uri.getPort() >= 0 ? uri.getPort() : "https".equals(scheme) ? 443 : 80;
            String host = uri.getHost() == null ? uri.getRawAuthority() : uri.getHost().toLowerCase(Locale.ROOT);
            return scheme + "://" + host + ":" + port;
        } catch (IllegalArgumentException e) {
            return url; // not sendable anyway: its attempt fails on its own
        }
    }
}
