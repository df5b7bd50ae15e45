package org.tarjoman.memory;

import java.time.Instant;

/** Test fixture: a memory over an {@link InMemoryUnitStore} and a unit builder. */
final class Memories {

    static final LanguagePair FA_EN = LanguagePair.parse("fa-en");
    static final Instant T0 = Instant.parse("2024-03-01T10:00:00Z");

    final InMemoryUnitStore store = new InMemoryUnitStore();
    final LanguagePair pair;
    final TranslationMemory memory;

    Memories() {
        this(FA_EN);
    }

    Memories(LanguagePair pair) {
        this.pair = pair;
        this.memory = new TranslationMemory(pair, store);
    }

    TranslationUnit add(String source, String target) {
        return add(source, target, null, null, T0, 0);
    }

    TranslationUnit add(String source, String target, String previous, String next, Instant changedAt, int usage) {
        TranslationUnit unit = store.save(new TranslationUnit(0, pair, source, target, previous, next, "test", "tester",
                changedAt, changedAt, usage));
        memory.put(unit);
        return unit;
    }

    static TranslationUnit unit(String source, String target, String previous, String next, Instant changedAt,
                                int usage) {
        return new TranslationUnit(0, FA_EN, source, target, previous, next, "test", "tester", changedAt, changedAt,
                usage);
    }

    static MatchQuery query(String source, int threshold, int limit) {
        return new MatchQuery(source, null, null, threshold, limit);
    }
}
