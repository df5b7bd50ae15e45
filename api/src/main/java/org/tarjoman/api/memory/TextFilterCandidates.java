package org.tarjoman.api.memory;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.LongStream;

import jakarta.enterprise.context.ApplicationScoped;

import org.tarjoman.memory.MemoryName;
import org.tarjoman.memory.TranslationMemory;

/**
 * The units a {@link UnitFilter}'s text (source, target) may select, from the memory's index on this
 * node rather than a {@code LIKE} over every row: the index's candidates
 * ({@link TranslationMemory#keyCandidates}, a superset of what {@code LIKE '%key%'} finds), and the
 * units written since the index was last known complete that it may lack (another node's, not
 * polled yet; this node's own writes are in it as soon as they commit). {@link FilteredUnits} applies the whole
 * filter, the text too, to these ids only, so the answer is what the scan gives.
 *
 * <p>Empty, and so a scan, when the filter has no text, the text has no letter or digit, or the
 * candidates pass a fifth of the memory (or {@link #MIN_CAP}): a row read by id cost about twice a
 * row of the scan at 100k units on H2 ({@code api/bench/maintenance.sh}), so a fifth keeps the index
 * read well below the scan while the scan stays for phrases that nearly every unit has. Right after
 * an import from another node, or one on this node, the units written in the last
 * {@code sync-interval} + 10 s count as candidates and a search may scan until they are older.
 */
@ApplicationScoped
public class TextFilterCandidates {

    /** Below this many candidates the index always answers, whatever the memory's size. */
    static final int MIN_CAP = 2_000;
    /** Beyond one candidate in this many units, a scan reads less. */
    private static final int SCAN_SHARE = 5;

    private final MemoryIndexes indexes;
    private final UnitRepository units;

    TextFilterCandidates(MemoryIndexes indexes, UnitRepository units) {
        this.indexes = indexes;
        this.units = units;
    }

    /** The ids to read, ascending; empty when a scan is the better read. Joins the caller's transaction. */
    public Optional<long[]> of(MemoryName memory, UnitFilter filter) {
        if (filter.source() == null && filter.target() == null) {
            return Optional.empty();
        }
        Optional<TranslationMemory> index = indexes.find(memory);
        if (index.isEmpty()) {
            return Optional.empty();
        }
        // read before the index: what a poll applies after this instant is in the written-since part
        Instant complete = indexes.completeBefore();
        int cap = Math.max(MIN_CAP, index.get().size() / SCAN_SHARE);
        return index.get().keyCandidates(filter.source(), filter.target(), cap)
                .flatMap(ids -> withUnpolled(ids, units.writtenSince(memory, complete), cap));
    }

    private Optional<long[]> withUnpolled(long[] candidates, List<UnitRepository.Written> written, int cap) {
        long[] unpolled = written.stream().filter(w -> !indexes.hasApplied(w.id(), w.at()))
                .mapToLong(UnitRepository.Written::id).toArray();
        if (unpolled.length == 0) {
            return Optional.of(candidates);
        }
        long[] all = LongStream.concat(Arrays.stream(candidates), Arrays.stream(unpolled)).sorted().distinct().toArray();
        return all.length > cap ? Optional.empty() : Optional.of(all);
    }
}
