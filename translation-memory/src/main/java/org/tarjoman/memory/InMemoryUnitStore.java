package org.tarjoman.memory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * A {@link UnitStore} in a map, for tests, benchmarks and tools; thread-safe. {@link #save} assigns
 * ids from 1 to new units.
 */
public final class InMemoryUnitStore implements UnitStore {

    private final Map<Long, TranslationUnit> units = new ConcurrentHashMap<>();
    private final AtomicLong lastId = new AtomicLong();

    /** Stores a unit; one with id 0 gets the next id. Returns the unit as stored. */
    public TranslationUnit save(TranslationUnit unit) {
        TranslationUnit saved = unit.id() == 0 ? unit.withId(lastId.incrementAndGet()) : unit;
        lastId.accumulateAndGet(saved.id(), Math::max);
        units.put(saved.id(), saved);
        return saved;
    }

    /** Deletes a unit; false if there was none with that id. */
    public boolean delete(long id) {
        return units.remove(id) != null;
    }

    public int size() {
        return units.size();
    }

    @Override
    public void forEach(LanguagePair pair, Consumer<TranslationUnit> sink) {
        for (TranslationUnit unit : units.values()) {
            if (unit.pair().equals(pair)) {
                sink.accept(unit);
            }
        }
    }

    @Override
    public List<TranslationUnit> findByIds(Collection<Long> ids) {
        List<TranslationUnit> found = new ArrayList<>(ids.size());
        for (Long id : ids) {
            TranslationUnit unit = units.get(id);
            if (unit != null) {
                found.add(unit);
            }
        }
        return found;
    }
}
