package org.tarjoman.api.account.http;

import java.util.Set;

/** The HTTP methods that change state: the writes a CSRF token must guard and a key's audit counts. */
final class WriteMethods {

    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    private WriteMethods() {
    }

    static boolean contains(String method) {
        return WRITES.contains(method);
    }
}
