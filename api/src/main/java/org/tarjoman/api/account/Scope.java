package org.tarjoman.api.account;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a caller may do, by area: an API key holds scopes; a person's roles imply them
 * ({@link UserRole#scopes()}). Endpoints name the scope they need in {@code @RolesAllowed} with
 * {@link Names}: a caller's Quarkus roles are its scopes. {@link #ADMIN} implies every other scope.
 */
public enum Scope {
    JOBS_READ(Names.JOBS_READ),
    JOBS_WRITE(Names.JOBS_WRITE),
    MEMORY_READ(Names.MEMORY_READ),
    MEMORY_WRITE(Names.MEMORY_WRITE),
    GLOSSARY_WRITE(Names.GLOSSARY_WRITE),
    ADMIN(Names.ADMIN);

    /** The scopes as annotation values. */
    public static final class Names {
        public static final String JOBS_READ = "jobs:read";
        public static final String JOBS_WRITE = "jobs:write";
        public static final String MEMORY_READ = "memory:read";
        public static final String MEMORY_WRITE = "memory:write";
        public static final String GLOSSARY_WRITE = "glossary:write";
        public static final String ADMIN = "admin";

        private Names() {
        }
    }

    private final String value;

    Scope(String value) {
        this.value = value;
    }

    /** As written in the API and in {@code @RolesAllowed}: {@code jobs:read}. */
    public String value() {
        return value;
    }

    public static Optional<Scope> of(String value) {
        String wanted = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(s -> s.value.equals(wanted)).findFirst();
    }

    /** The scopes granted, {@link #ADMIN} widened to all. */
    public static Set<Scope> effective(Set<Scope> granted) {
        return granted.contains(ADMIN) ? EnumSet.allOf(Scope.class)
                : granted.isEmpty() ? EnumSet.noneOf(Scope.class) : EnumSet.copyOf(granted);
    }
}
