package org.tarjoman.api.account;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;

/** The {@link Principal} of the request being served, as its authentication left it on the identity. */
@ApplicationScoped
public class CurrentPrincipal {

    private final SecurityIdentity identity;

    CurrentPrincipal(SecurityIdentity identity) {
        this.identity = identity;
    }

    public Principal get() {
        Principal principal = identity.getAttribute(Principal.ATTRIBUTE);
        if (principal == null) {
            throw new UnauthorizedException("Sign in or send an API key.");
        }
        return principal;
    }
}
