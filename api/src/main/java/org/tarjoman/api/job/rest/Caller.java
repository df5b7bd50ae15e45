package org.tarjoman.api.job.rest;

import java.util.Locale;

import org.tarjoman.api.job.Actor;
import org.tarjoman.api.job.Role;
import org.tarjoman.api.persistence.Columns;
import org.tarjoman.api.problem.ApiException;
import org.tarjoman.api.problem.ProblemKind;
import org.tarjoman.api.validation.TextRules;

/**
 * Who is calling, as the client claims it in two headers (sign-in and API keys replace them later;
 * only this class then changes): {@code X-Tarjoman-Role} (translator by default) and
 * {@code X-Tarjoman-User}. The rate limiter keys on the same user header ({@code ratelimit.CallerKey}).
 */
public final class Caller {

    static final String ROLE_HEADER = "X-Tarjoman-Role";
    public static final String USER_HEADER = "X-Tarjoman-User";

    private Caller() {
    }

    /**
     * The actor named by the headers; {@code anonymous} stands in for a missing user name. The name is
     * stored as the author of translations and memory units, so it must fit that column and be text
     * XML can carry (header bytes arrive as ISO-8859-1 characters, so no one-line rule beyond HTTP's own).
     */
    static Actor actor(String user, String role, String anonymous) {
        String name = user == null || user.isBlank() ? anonymous : user.trim();
        String problem = TextRules.plain(name, Columns.NAME, false);
        if (problem != null) {
            throw new ApiException(ProblemKind.VALIDATION, USER_HEADER + " " + problem + ".");
        }
        return new Actor(name, role(role));
    }

    static Role role(String header) {
        if (header == null || header.isBlank()) {
            return Role.TRANSLATOR;
        }
        try {
            return Role.valueOf(header.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ApiException(ProblemKind.BAD_REQUEST, ROLE_HEADER + " must be translator, reviewer or manager, not '"
                    + header + "'.");
        }
    }
}
