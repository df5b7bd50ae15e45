package org.tarjoman.api.job;

import java.util.List;

/**
 * A task's translations that machine translation should fill, published synchronously in the transaction
 * that decided it (job creation), so the queue ({@code job.mt.MtQueue}) holds them exactly when it commits.
 */
public record MtWanted(long taskId, List<TranslationEntity> translations) {

    public MtWanted {
        translations = List.copyOf(translations);
    }
}
