package org.tarjoman.api.job;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import org.tarjoman.api.problem.ApiException;
import org.tarjoman.api.problem.ProblemKind;

/**
 * Who is saving, as the client says in {@code X-Tarjoman-Role} (users and API keys come later):
 * translators draft and translate, reviewers also approve or reject, managers also close tasks.
 */
public enum Role {
    TRANSLATOR,
    REVIEWER,
    MANAGER;

    public static final String HEADER = "X-Tarjoman-Role";
    public static final String USER_HEADER = "X-Tarjoman-User";

    public static Role of(String header) {
        if (header == null || header.isBlank()) {
            return TRANSLATOR;
        }
        try {
            return valueOf(header.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ApiException(ProblemKind.BAD_REQUEST, HEADER + " must be translator, reviewer or manager, not '"
                    + header + "'.");
        }
    }

    /** The statuses this role may move a translation to from {@code from}. */
    public Set<TranslationStatus> allowedMoves(TranslationStatus from) {
        if (this == TRANSLATOR) {
            return from == TranslationStatus.REVIEWED ? EnumSet.noneOf(TranslationStatus.class)
                    : EnumSet.of(TranslationStatus.DRAFT, TranslationStatus.TRANSLATED);
        }
        Set<TranslationStatus> moves = EnumSet.of(TranslationStatus.DRAFT, TranslationStatus.TRANSLATED,
                TranslationStatus.REVIEWED);
        if (from == TranslationStatus.TRANSLATED || from == TranslationStatus.REVIEWED) {
            moves.add(TranslationStatus.REJECTED);
        }
        return moves;
    }
}
