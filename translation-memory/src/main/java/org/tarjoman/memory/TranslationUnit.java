package org.tarjoman.memory;

import java.time.Instant;
import java.util.Objects;

/**
 * A confirmed translation in a memory. Source and target are tagged text
 * ({@link org.tarjoman.core.document.TaggedText}): plain text with inline codes as {@code <g>}/{@code <x>}
 * tags, stored exactly as written (ZWNJ, digits, spelling); normalization is only for matching.
 *
 * @param id             database identity; 0 for a unit not yet saved
 * @param previousSource the source segment before this one in its article, or {@code null}
 * @param nextSource     the source segment after this one, or {@code null}
 * @param origin         where it came from: a job id, a TMX file name, a user
 * @param author         who confirmed it
 * @param usageCount     how often it was taken from the memory
 */
public record TranslationUnit(long id, LanguagePair pair, String source, String target, String previousSource,
                              String nextSource, String origin, String author, Instant createdAt, Instant changedAt,
                              int usageCount) {

    public TranslationUnit {
        Objects.requireNonNull(pair, "pair");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(changedAt, "changedAt");
    }

    public TranslationUnit withId(long newId) {
        return new TranslationUnit(newId, pair, source, target, previousSource, nextSource, origin, author, createdAt,
                changedAt, usageCount);
    }
}
