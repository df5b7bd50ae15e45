package org.tarjoman.memory;

import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

/**
 * The persistence a memory needs, implemented by the application on its database (the single
 * source of truth) and in memory for tests and benchmarks. The index holds only what matching needs
 * and reads texts back from here for the few units it returns.
 */
public interface UnitStore {

    /** Streams every live unit of a pair, for rebuilding the index at start. */
    void forEach(LanguagePair pair, Consumer<TranslationUnit> sink);

    /** Units by id, in any order; ids that no longer exist are left out. */
    List<TranslationUnit> findByIds(Collection<Long> ids);
}
