package org.tarjoman.api.job;

import java.util.Locale;
import java.util.Optional;

/**
 * Who may save translations in a task, and as which {@link Role}:
 * <ul>
 *   <li>a manager (or admin) any task, as a manager; a system (API key with {@code jobs:write}) any
 *       task, as a translator;</li>
 *   <li>a reviewer the tasks whose reviewer they are, or an unreviewed task in one of their languages;</li>
 *   <li>a translator the tasks assigned to them, or an unassigned task in one of their languages.</li>
 * </ul>
 * A person holding both roles works as the reviewer where they may. Taking an unassigned task assigns
 * it: the first save makes it the person's, and nobody else's but a manager's. Every write path asks
 * here ({@link SegmentEdits}, the XLIFF import) with the task read under the job's lock.
 */
public final class TaskAccess {

    private TaskAccess() {
    }

    /** The role the actor saves with in this task, assigning it to them if it was free; else {@link TaskAccessRefused}. */
    public static Role claim(TaskEntity task, Actor actor) {
        Role role = roleIn(task, actor).orElseThrow(() -> new TaskAccessRefused(refusal(task, actor)));
        if (role == Role.REVIEWER) {
            task.reviewer = actor.user();
        } else if (role == Role.TRANSLATOR && !actor.system()) {
            task.translator = actor.user();
        }
        return role;
    }

    /**
     * Why the actor can read this task but not save in it, as the editor tells them; null when they
     * may save. The editor asks before anyone types, so the rule stays here and nowhere else.
     */
    public static String readOnly(TaskEntity task, Actor actor) {
        if (roleIn(task, actor).isPresent()) {
            return null;
        }
        String holder = actor.roles().contains(Role.REVIEWER) ? other(actor, task.reviewer, task.translator)
                : other(actor, task.translator, task.reviewer);
        return holder != null ? "This task is " + holder + "'s: you can read it, not change it."
                : "You do not work in '" + task.language + "': you can read this task, not change it.";
    }

    /** The first of the people named who is not the actor, or null. */
    private static String other(Actor actor, String first, String second) {
        return first != null && !first.equals(actor.user()) ? first
                : second != null && !second.equals(actor.user()) ? second : null;
    }

    /** The role the actor would save with in this task, taking nothing; empty when they may not save in it. */
    private static Optional<Role> roleIn(TaskEntity task, Actor actor) {
        if (actor.roles().contains(Role.MANAGER)) {
            return Optional.of(Role.MANAGER);
        }
        if (actor.system()) {
            return Optional.of(Role.TRANSLATOR);
        }
        boolean inLanguage = inLanguage(task, actor);
        if (actor.roles().contains(Role.REVIEWER) && takes(task.reviewer, actor, inLanguage)) {
            return Optional.of(Role.REVIEWER);
        }
        if (actor.roles().contains(Role.TRANSLATOR) && takes(task.translator, actor, inLanguage)) {
            return Optional.of(Role.TRANSLATOR);
        }
        return Optional.empty();
    }

    private static boolean inLanguage(TaskEntity task, Actor actor) {
        return actor.languages().contains(task.language.toLowerCase(Locale.ROOT));
    }

    /** Forced imports overwrite other people's work: only managers and systems. */
    public static void checkForce(Actor actor) {
        if (!actor.managesTasks()) {
            throw new TaskAccessRefused("Only a manager can force an import over segments edited since the export.");
        }
    }

    private static boolean takes(String assigned, Actor actor, boolean inLanguage) {
        return assigned == null ? inLanguage : assigned.equals(actor.user());
    }

    private static String refusal(TaskEntity task, Actor actor) {
        boolean inLanguage = inLanguage(task, actor);
        String who = "'" + actor.user() + "'";
        if (actor.roles().isEmpty()) {
            return who + " has no role to work in tasks.";
        }
        if (!inLanguage && task.translator == null && task.reviewer == null) {
            return who + " does not work in '" + task.language + "'.";
        }
        return "Task '" + task.language + "' of job " + task.jobId + " is assigned to "
                + (task.translator == null ? "no translator" : "'" + task.translator + "'") + " and "
                + (task.reviewer == null ? "no reviewer" : "'" + task.reviewer + "'") + ", not to " + who + ".";
    }
}
