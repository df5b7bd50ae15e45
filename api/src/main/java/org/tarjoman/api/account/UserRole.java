package org.tarjoman.api.account;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.tarjoman.api.job.Role;

/**
 * What a person does in the newsroom; a person may hold several. Each role implies the scopes of the
 * endpoints it may call, and, in a task, the workflow {@link Role} that decides the status moves
 * (an admin works as a manager).
 */
public enum UserRole {
    ADMIN(EnumSet.allOf(Scope.class), Role.MANAGER),
    MANAGER(EnumSet.of(Scope.JOBS_READ, Scope.JOBS_WRITE, Scope.MEMORY_READ, Scope.MEMORY_WRITE, Scope.GLOSSARY_WRITE),
            Role.MANAGER),
    TRANSLATOR(EnumSet.of(Scope.JOBS_READ, Scope.MEMORY_READ), Role.TRANSLATOR),
    REVIEWER(EnumSet.of(Scope.JOBS_READ, Scope.MEMORY_READ), Role.REVIEWER);

    private final Set<Scope> scopes;
    private final Role workflowRole;

    UserRole(Set<Scope> scopes, Role workflowRole) {
        this.scopes = scopes;
        this.workflowRole = workflowRole;
    }

    public Set<Scope> scopes() {
        return EnumSet.copyOf(scopes);
    }

    public Role workflowRole() {
        return workflowRole;
    }

    /** Lower case, as in the API: {@code translator}. */
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<UserRole> of(String value) {
        String wanted = value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(r -> r.name().equals(wanted)).findFirst();
    }

    /** Every scope these roles imply. */
    public static Set<Scope> scopesOf(Set<UserRole> roles) {
        Set<Scope> scopes = EnumSet.noneOf(Scope.class);
        roles.forEach(r -> scopes.addAll(r.scopes));
        return scopes;
    }
}
