package org.tarjoman.api.account.http;

import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.security.identity.SecurityIdentity;

import org.tarjoman.api.account.Principal;
import org.tarjoman.api.account.Scope;

/** A {@link Principal} as Quarkus Security sees it: its scopes are the identity's roles, for {@code @RolesAllowed}. */
final class Identities {

    private Identities() {
    }

    static SecurityIdentity of(Principal principal) {
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(principal.name()))
                .addAttribute(Principal.ATTRIBUTE, principal);
        principal.scopes().stream().map(Scope::value).forEach(builder::addRole);
        return builder.build();
    }
}
