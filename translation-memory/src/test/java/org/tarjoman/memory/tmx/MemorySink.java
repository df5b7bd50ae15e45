package org.tarjoman.memory.tmx;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.tarjoman.memory.TranslationUnit;

/** A memory in a map, as the application's database would be inside its import transaction. */
final class MemorySink implements UnitSink {

    private final Map<Long, TmxUnit> units = new LinkedHashMap<>();
    private long nextId = 1;

    @Override
    public Optional<TranslationUnit> find(String source, String target) {
        return units.values().stream().map(TmxUnit::unit)
                .filter(u -> u.source().equals(source) && u.target().equals(target)).findFirst();
    }

    @Override
    public void add(TmxUnit unit) {
        long id = nextId++;
        units.put(id, unit.withUnit(unit.unit().withId(id)));
    }

    @Override
    public void update(TmxUnit unit) {
        if (units.replace(unit.unit().id(), unit) == null) {
            throw new IllegalStateException("no unit " + unit.unit().id());
        }
    }

    List<TmxUnit> tmxUnits() {
        return new ArrayList<>(units.values());
    }

    List<TranslationUnit> units() {
        return units.values().stream().map(TmxUnit::unit).toList();
    }
}
