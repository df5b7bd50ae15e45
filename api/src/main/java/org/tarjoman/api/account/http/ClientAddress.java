package org.tarjoman.api.account.http;

import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;

/** The client's address as the audit log and the sign-in throttle count it (the proxy's client when forwarding is on). */
final class ClientAddress {

    private ClientAddress() {
    }

    static String of(RoutingContext context) {
        SocketAddress address = context == null ? null : context.request().remoteAddress();
        return address == null ? "unknown" : address.hostAddress();
    }
}
