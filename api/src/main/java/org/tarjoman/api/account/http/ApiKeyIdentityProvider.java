package org.tarjoman.api.account.http;


import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

import org.jboss.logging.Logger;
import org.tarjoman.api.account.ApiKeys;
import org.tarjoman.api.account.Principal;

/**
 * The holder of a bearer key: one indexed lookup of its hash on a worker thread; its use noted
 * ({@link ApiKeys#used}). A key seen in the last seconds whose use needs no note is answered on the
 * event loop: the hop to a worker and back cost more than the rest of authenticating it.
 */
@ApplicationScoped
class ApiKeyIdentityProvider implements IdentityProvider<ApiKeyRequest> {

    private static final Logger LOG = Logger.getLogger(ApiKeyIdentityProvider.class);

    private final ApiKeys keys;

    ApiKeyIdentityProvider(ApiKeys keys) {
        this.keys = keys;
    }

    @Override
    public Class<ApiKeyRequest> getRequestType() {
        return ApiKeyRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(ApiKeyRequest request, AuthenticationRequestContext context) {
        RoutingContext http = HttpSecurityUtils.getRoutingContextAttribute(request);
        Principal seen = keys.recentlySeen(request.key()).orElse(null);
        if (seen != null && (http == null || !keys.useToNote(seen, WriteMethods.contains(http.request().method().name())))) {
            return Uni.createFrom().item(Identities.of(seen));
        }
        return context.runBlocking(() -> {
            Principal key = keys.authenticate(request.key()).orElse(null);
            if (key == null) {
                LOG.warnf("Unknown or revoked API key from %s", ClientAddress.of(http));
                throw new AuthenticationFailedException("The API key is unknown or revoked.");
            }
            if (http != null) {
                String method = http.request().method().name();
                keys.used(key, WriteMethods.contains(method), method, http.normalizedPath(), ClientAddress.of(http));
            }
            return Identities.of(key);
        });
    }
}
