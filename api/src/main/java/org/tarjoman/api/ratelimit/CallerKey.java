package org.tarjoman.api.ratelimit;

import org.tarjoman.api.account.AuthKind;
import org.tarjoman.api.account.Principal;

/**
 * Who a request is counted against: the signed-in person, or the API key (by id: two keys of one
 * name are two callers), else the address it comes from (the proxy's client address when
 * {@code quarkus.http.proxy.proxy-address-forwarding} is on).
 */
final class CallerKey {

    private CallerKey() {
    }

    static String of(Principal principal, String clientAddress) {
        if (principal == null) {
            return "address:" + (clientAddress == null ? "unknown" : clientAddress);
        }
        return principal.kind() == AuthKind.KEY ? "key:" + principal.keyId() : "user:" + principal.name();
    }
}
