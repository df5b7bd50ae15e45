package org.tarjoman.api.account.http;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** An API key sent as {@code Authorization: Bearer …}. */
final class ApiKeyRequest extends BaseAuthenticationRequest {

    private final String key;

    ApiKeyRequest(String key) {
        this.key = key;
    }

    String key() {
        return key;
    }
}
