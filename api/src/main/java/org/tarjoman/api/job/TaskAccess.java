package org.tarjoman.api.job;

import java.util.Locale;

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
        if (actor.roles().contains(Role.MANAGER)) {
            return Role.MANAGER;
        }
        if (actor.system()) {
            return Role.TRANSLATOR;
        }
        boolean inLanguage = actor.languages().contains(task.language.toLowerCase(Locale.ROOT));
        if (actor.roles().contains(Role.REVIEWER) && takes(task.reviewer, actor, inLanguage)) {
            task.reviewer = actor.user();
            return Role.REVIEWER;
        }
        if (actor.roles().contains(Role.TRANSLATOR) && takes(task.translator, actor, inLanguage)) {
            task.translator = actor.user();
            return Role.TRANSLATOR;
        }
        throw new TaskAccessRefused(refusal(task, actor, inLanguage));
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

    private static String refusal(TaskEntity task, Actor actor, boolean inLanguage) {
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
