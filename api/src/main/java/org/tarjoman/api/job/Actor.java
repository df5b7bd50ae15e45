package org.tarjoman.api.job;

import java.util.Set;

/**
 * Who makes a change: the name recorded in history and memory, the workflow roles the person holds and
 * the target languages they work in. A {@code system} (an API key allowed to write jobs) may work in
 * any task, with a translator's status moves: reviewing is a person's.
 */
public record Actor(String user, Set<Role> roles, Set<String> languages, boolean system) {

    public static Actor person(String user, Set<Role> roles, Set<String> languages) {
        return new Actor(user, Set.copyOf(roles), Set.copyOf(languages), false);
    }

    public static Actor system(String name) {
        return new Actor(name, Set.of(), Set.of(), true);
    }

    /** Assigns, reschedules and closes tasks, forces imports: a manager or a system. */
    public boolean managesTasks() {
        return system || roles.contains(Role.MANAGER);
    }
}
