package org.tarjoman.api.ratelimit;

/**
 * Who a request is counted against: the user it claims ({@code X-Tarjoman-User}), else the address
 * it comes from (the proxy's client address when {@code quarkus.http.proxy.proxy-address-forwarding}
 * is on). The one place to change when sign-in and API keys arrive: the authenticated principal
 * then replaces the claimed name, which a caller can now change at will.
 */
final class CallerKey {

    private static final int MAX_USER = 200;

    private CallerKey() {
    }

    static String of(String claimedUser, String clientAddress) {
        if (claimedUser != null && !claimedUser.isBlank()) {
            String user = claimedUser.strip();
            return "user:" + (user.length() > MAX_USER ? user.substring(0, MAX_USER) : user);
        }
        return "address:" + (clientAddress == null ? "unknown" : clientAddress);
    }
}
