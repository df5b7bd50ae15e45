package org.tarjoman.api.job;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a person may do with a translation: translators draft and translate, reviewers and managers
 * also approve or reject (managers also manage tasks: {@link Actor#managesTasks}). Nobody moves a
 * translation back to NEW, and a reviewed segment is out of a translator's hands.
 */
public enum Role {
    TRANSLATOR,
    REVIEWER,
    MANAGER;

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
