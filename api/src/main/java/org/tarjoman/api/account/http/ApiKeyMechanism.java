package org.tarjoman.api.account.http;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * Systems authenticate with {@code Authorization: Bearer <key>}. Beside Quarkus' form sign-in, and
 * asked first: a request with a key is the key's, whatever cookie it carries. A request without the
 * header is left to the form mechanism (its cookie) or stays anonymous.
 */
@ApplicationScoped
class ApiKeyMechanism implements HttpAuthenticationMechanism {

    private static final String BEARER = "bearer ";

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identities) {
        String header = context.request().getHeader(HttpHeaderNames.AUTHORIZATION);
        if (!bearer(header)) {
            return Uni.createFrom().nullItem();
        }
        String key = header.substring(BEARER.length()).strip();
        if (key.isEmpty()) {
            return Uni.createFrom().failure(new AuthenticationFailedException("The bearer key is empty."));
        }
        return identities.authenticate(HttpSecurityUtils.setRoutingContextAttribute(new ApiKeyRequest(key), context));
    }

    /** Only a request that sent a key is answered with a bearer challenge; the form answers the others (its error page). */
    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return bearer(context.request().getHeader(HttpHeaderNames.AUTHORIZATION))
                ? Uni.createFrom().item(new ChallengeData(401, HttpHeaderNames.WWW_AUTHENTICATE, "Bearer realm=\"tarjoman\""))
                : Uni.createFrom().nullItem();
    }

    private static boolean bearer(String header) {
        return header != null && header.length() >= BEARER.length() && header.regionMatches(true, 0, BEARER, 0, BEARER.length());
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(ApiKeyRequest.class);
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return Uni.createFrom().item(new HttpCredentialTransport(HttpCredentialTransport.Type.AUTHORIZATION, "bearer"));
    }

    @Override
    public int getPriority() {
        return DEFAULT_PRIORITY + 1000;
    }
}
