package org.tarjoman.api.job.rest;

import java.util.Locale;

import org.tarjoman.api.job.Actor;
import org.tarjoman.api.job.Role;
import org.tarjoman.api.problem.ApiException;
import org.tarjoman.api.problem.ProblemKind;

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

    /** The actor named by the headers; {@code anonymous} stands in for a missing user name. */
    static Actor actor(String user, String role, String anonymous) {
        return new Actor(user == null || user.isBlank() ? anonymous : user.trim(), role(role));
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
