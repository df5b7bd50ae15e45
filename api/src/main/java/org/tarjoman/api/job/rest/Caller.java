package org.tarjoman.api.job.rest;

import java.util.EnumSet;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.tarjoman.api.account.AuthKind;
import org.tarjoman.api.account.CurrentPrincipal;
import org.tarjoman.api.account.Principal;
import org.tarjoman.api.account.Scope;
import org.tarjoman.api.account.UserRole;
import org.tarjoman.api.job.Actor;
import org.tarjoman.api.job.Role;

/**
 * The authenticated caller as the job workflow sees it: a person with the workflow roles and languages
 * of their account, or a system (an API key) that may work in any task when it holds {@code jobs:write}.
 */
@ApplicationScoped
public class Caller {

    private final CurrentPrincipal current;

    Caller(CurrentPrincipal current) {
        this.current = current;
    }

    public Actor actor() {
        Principal principal = current.get();
        if (principal.kind() == AuthKind.KEY) {
            return principal.holds(Scope.JOBS_WRITE) ? Actor.system(principal.name())
                    : Actor.person(principal.name(), Set.of(), Set.of());
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        principal.roles().stream().map(UserRole::workflowRole).forEach(roles::add);
        return Actor.person(principal.name(), roles, principal.languages());
    }
}
