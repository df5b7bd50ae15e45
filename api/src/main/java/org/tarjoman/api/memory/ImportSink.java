package org.tarjoman.api.memory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.tarjoman.api.persistence.Columns;
import org.tarjoman.memory.MemoryName;
import org.tarjoman.memory.TextKeys;
import org.tarjoman.memory.TranslationMemory;
import org.tarjoman.memory.TranslationUnit;
import org.tarjoman.memory.tmx.TmxUnit;
import org.tarjoman.memory.tmx.UnitSink;

/**
 * Where one TMX import writes, inside its transaction: new units are batched into the database and
 * put into this node's index as each batch is written, so duplicates later in the file are found.
 * If the transaction rolls back, {@link #undoIndex()} takes those index changes back.
 *
 * <p>Its rows count as written when the import started: other nodes reload the memory when the
 * import commits (the generation), and this node has them already, so the polls after the commit
 * must not take the last seconds' batches for fresh writes and put them into the index again.
 */
final class ImportSink implements UnitSink {

    /** Small enough that a batch written (rows and index) is not a long stretch an editor cannot interrupt. */
    private static final int BATCH = 250;
    /** Units written between two refreshes of the planner's statistics (see {@link UnitRepository#refreshStatistics}). */
    private static final int STATISTICS_EVERY = 25_000;

    private final UnitRepository units;
    private final MemoryName name;
    private final TranslationMemory memory;
    private final Map<String, Pending> pending = new LinkedHashMap<>();
    private final List<Long> addedIds = new ArrayList<>();
    private int writtenSinceStatistics;
    private final List<TranslationUnit> replaced = new ArrayList<>();
    private final Instant started = Instant.now();
    /** The keys of the translation last looked up, which the import then adds or merges: computed once for both. */
    private TextKeys lookedUp;
    /** The stored unit find() answered last, which update() merges into next: read once for both. */
    private TranslationUnit found;

    ImportSink(UnitRepository units, MemoryName name, TranslationMemory memory) {
        this.units = units;
        this.name = name;
        this.memory = memory;
    }

    @Override
    public Optional<TranslationUnit> find(String source, String target) {
        if (pending.containsKey(key(source, target))) {
            flush(); // the duplicate gets its id, which the report names
        }
        lookedUp = memory.keys(source, target);
        Optional<TranslationUnit> stored = memory.findDuplicate(lookedUp).flatMap(units::find);
        found = stored.orElse(null);
        return stored;
    }

    @Override
    public void add(TmxUnit unit) {
        pending.put(key(unit.unit().source(), unit.unit().target()), new Pending(unit, keys(unit.unit())));
        if (pending.size() >= BATCH) {
            flush();
        }
    }

    @Override
    public void update(TmxUnit unit) {
        TranslationUnit merged = unit.unit();
        if (merged.id() == 0) {
            // merged into a unit not yet written
            pending.put(key(merged.source(), merged.target()), new Pending(unit, keys(merged)));
            return;
        }
        (found != null && found.id() == merged.id() ? Optional.of(found) : units.find(merged.id()))
                .ifPresent(replaced::add);
        units.update(unit);
        memory.put(merged, keys(merged));
    }

    /** A unit whose texts do not fit the {@code tm_unit} columns is rejected by the import, not written. */
    @Override
    public Optional<String> refusal(TmxUnit unit) {
        TranslationUnit u = unit.unit();
        String problem = tooLong("source", u.source(), Columns.TEXT);
        problem = problem != null ? problem : tooLong("target", u.target(), Columns.TEXT);
        problem = problem != null ? problem : tooLong("x-context-prev", u.previousSource(), Columns.TEXT);
        problem = problem != null ? problem : tooLong("x-context-next", u.nextSource(), Columns.TEXT);
        problem = problem != null ? problem : tooLong("x-origin", u.origin(), Columns.NAME);
        problem = problem != null ? problem : tooLong("author", u.author(), Columns.NAME);
        if (problem == null && !(Columns.codesFit(unit.sourceCodes()) && Columns.codesFit(unit.targetCodes()))) {
            problem = "the inline codes carry more markup than a unit holds";
        }
        return Optional.ofNullable(problem);
    }

    private static String tooLong(String what, String value, int max) {
        return value == null || value.length() <= max ? null
                : String.format(Locale.ROOT, "the %s has %,d characters; a unit holds at most %,d", what, value.length(), max);
    }

    /** Writes the units still batched; call before committing. */
    void flush() {
        if (pending.isEmpty()) {
            return;
        }
        List<TmxUnit> batch = new ArrayList<>(pending.size());
        List<String> sourceKeys = new ArrayList<>(pending.size());
        Map<String, TextKeys> keys = new java.util.HashMap<>();
        for (Map.Entry<String, Pending> entry : pending.entrySet()) {
            batch.add(entry.getValue().unit());
            sourceKeys.add(entry.getValue().keys().sourceKey());
            keys.put(entry.getKey(), entry.getValue().keys());
        }
        // an upsert, not an insert: an editor may have confirmed the same translation since find()
        for (TranslationUnit saved : units.confirm(name, batch, sourceKeys, started)) {
            TextKeys known = keys.get(key(saved.source(), saved.target()));
            if (known != null) {
                memory.put(saved, known);
            } else {
                memory.put(saved);
            }
            addedIds.add(saved.id());
        }
        writtenSinceStatistics += batch.size();
        pending.clear();
        if (writtenSinceStatistics >= STATISTICS_EVERY) {
            units.refreshStatistics();
            writtenSinceStatistics = 0;
        }
    }

    private TextKeys keys(TranslationUnit unit) {
        return lookedUp != null && lookedUp.of(unit.source(), unit.target()) ? lookedUp
                : memory.keys(unit.source(), unit.target());
    }

    /** After a rollback: removes the units this import put into the index and restores the ones it changed. */
    void undoIndex() {
        addedIds.forEach(memory::remove);
        replaced.forEach(memory::put);
    }

    private static String key(String source, String target) {
        return source + '\u0000' + target;
    }

    /** A unit waiting for its batch, with the keys the index will file it under. */
    private record Pending(TmxUnit unit, TextKeys keys) {
    }
}
