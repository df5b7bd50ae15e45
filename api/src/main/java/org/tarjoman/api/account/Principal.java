package org.tarjoman.api.account;

import java.util.Set;

/**
 * Who an authenticated request comes from, as {@code http.*} puts it on the Quarkus
 * {@code SecurityIdentity} (attribute {@link #ATTRIBUTE}): a person (name, roles, languages) or an API
 * key (its name and id, no roles), with the scopes either holds.
 */
public record Principal(String name, AuthKind kind, Set<UserRole> roles, Set<String> languages, Set<Scope> scopes,
                        Long keyId) {

    public static final String ATTRIBUTE = "tarjoman.principal";

    public static Principal person(AccountEntity account) {
        Set<UserRole> roles = account.roles();
        return new Principal(account.name, AuthKind.SESSION, roles, account.languages(),
                Scope.effective(UserRole.scopesOf(roles)), null);
    }

    public static Principal key(ApiKeyEntity key) {
        return new Principal(key.name, AuthKind.KEY, Set.of(), Set.of(), Scope.effective(key.scopes()), key.id);
    }

    public boolean holds(Scope scope) {
        return scopes.contains(scope);
    }
}
