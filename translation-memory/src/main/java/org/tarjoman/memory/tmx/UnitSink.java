package org.tarjoman.memory.tmx;

import java.util.Optional;

import org.tarjoman.memory.TranslationUnit;

/**
 * Where {@link TmxImport} puts units: implemented by the application inside its import transaction
 * (and in memory by tests). The import never holds the file's units itself, so duplicates inside the
 * file are found through {@link #find}: it must see units added earlier by the same import.
 */
public interface UnitSink {

    /** The memory's unit with exactly this source and target (tagged text, not normalized), if any. */
    Optional<TranslationUnit> find(String source, String target);

    /** Stores a new unit; its {@link TranslationUnit#id()} is 0. */
    void add(TmxUnit unit);

    /** Replaces the stored unit with id {@code unit.unit().id()} by this merged version. */
    void update(TmxUnit unit);

    /**
     * Why this store cannot hold the unit (a text longer than its column), or empty. The import
     * rejects such a unit with this reason instead of failing the whole file on a write.
     */
    default Optional<String> refusal(TmxUnit unit) {
        return Optional.empty();
    }
}
