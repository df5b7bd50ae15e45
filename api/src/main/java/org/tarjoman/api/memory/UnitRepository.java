package org.tarjoman.api.memory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.tarjoman.api.persistence.Columns;
import org.tarjoman.core.normalize.PersianNormalizer;
import org.tarjoman.memory.ContentHash;
import org.tarjoman.memory.LanguagePair;
import org.tarjoman.memory.MemoryName;
import org.tarjoman.memory.TaggedSource;
import org.tarjoman.memory.TranslationMemory;
import org.tarjoman.memory.TranslationUnit;
import org.tarjoman.memory.UnitStore;
import org.tarjoman.memory.tmx.TmxUnit;

/**
 * Translation units in the {@code tm_unit} table, through plain JDBC: bulk TMX imports and
 * streaming index rebuilds of a million rows need batching and cursors more than entity state.
 * Calls join the caller's JTA transaction (Agroal enlists the connection).
 */
@ApplicationScoped
public class UnitRepository implements UnitStore {

    private static final String COLUMNS = "id, memory, source, target, previous_source, next_source, origin, author, "
            + "created_at, changed_at, usage_count, deleted";
    /** The column naming a unit's memory (see the V6 migration). */
    private static final String MEMORY = "memory";
    private static final int FETCH_SIZE = 1_000;
    private static final int IN_LIST = 500;

    private final DataSource dataSource;
    private final PersianNormalizer normalizer = new PersianNormalizer();

    private final CodesColumn codes;
    /** How this database writes a confirmation; known at the first write. */
    private volatile UnitUpsert upsert;

    UnitRepository(DataSource dataSource, CodesColumn codes) {
        this.codes = codes;
        this.dataSource = dataSource;
    }

    /** The pair's own memory, for a store that is asked by pair. */
    @Override
    public void forEach(LanguagePair pair, Consumer<TranslationUnit> sink) {
        forEach(MemoryName.of(pair), sink);
    }

    /** Streams every live unit of a memory, for rebuilding its index. */
    public void forEach(MemoryName memory, Consumer<TranslationUnit> sink) {
        query("SELECT " + COLUMNS + " FROM tm_unit WHERE memory = ? AND deleted = FALSE ORDER BY id",
                ps -> ps.setString(1, memory.value()), rs -> sink.accept(unit(rs)));
    }

    /**
     * This store as one memory's index reads it: a {@link TranslationMemory} loads by pair, and a pair
     * now has several memories.
     */
    public UnitStore of(MemoryName memory) {
        return new UnitStore() {
            @Override
            public void forEach(LanguagePair pair, Consumer<TranslationUnit> sink) {
                UnitRepository.this.forEach(memory, sink);
            }

            @Override
            public List<TranslationUnit> findByIds(Collection<Long> ids) {
                return UnitRepository.this.findByIds(ids);
            }
        };
    }

    @Override
    public List<TranslationUnit> findByIds(Collection<Long> ids) {
        List<TranslationUnit> units = new ArrayList<>(ids.size());
        List<Long> all = List.copyOf(ids);
        for (int from = 0; from < all.size(); from += IN_LIST) {
            List<Long> chunk = all.subList(from, Math.min(all.size(), from + IN_LIST));
            String marks = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
            query("SELECT " + COLUMNS + " FROM tm_unit WHERE deleted = FALSE AND id IN (" + marks + ")", ps -> {
                for (int i = 0; i < chunk.size(); i++) {
                    ps.setLong(i + 1, chunk.get(i));
                }
            }, rs -> units.add(unit(rs)));
        }
        return units;
    }

    public java.util.Optional<TranslationUnit> find(long id) {
        List<TranslationUnit> found = findByIds(List.of(id));
        return found.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(found.get(0));
    }

    /** A live unit of this memory; a unit of another memory of the same pair is not found. */
    public java.util.Optional<TranslationUnit> find(MemoryName memory, long id) {
        List<TranslationUnit> found = new ArrayList<>(1);
        query("SELECT " + COLUMNS + " FROM tm_unit WHERE id = ? AND memory = ? AND deleted = FALSE", ps -> {
            ps.setLong(1, id);
            ps.setString(2, memory.value());
        }, rs -> found.add(unit(rs)));
        return found.stream().findFirst();
    }

    /**
     * Streams units of any pair written here at or after {@code since} (added, corrected or deleted),
     * so each node catches up with writes made by the others.
     */
    public void forEachWrittenSince(Instant since, Consumer<UnitChange> sink) {
        query("SELECT " + COLUMNS + ", written_at FROM tm_unit WHERE written_at >= ? ORDER BY written_at, id",
                ps -> ps.setObject(1, timestamp(since)),
                rs -> sink.accept(new UnitChange(MemoryName.parse(rs.getString("memory")), unit(rs), rs.getBoolean("deleted"),
                        rs.getObject("written_at", OffsetDateTime.class).toInstant())));
    }

    /**
     * The units of a memory (deleted ones too) written at or after {@code since}. The memory is compared
     * here, not in SQL: given both, H2 reads the memory's index, every unit of it, instead of the few
     * rows the written_at index holds past {@code since}.
     */
    public List<Written> writtenSince(MemoryName memory, Instant since) {
        List<Written> written = new ArrayList<>();
        query("SELECT id, written_at, " + MEMORY + " FROM tm_unit WHERE written_at >= ?",
                ps -> ps.setObject(1, timestamp(since)), rs -> {
                    if (memory.value().equals(rs.getString(3))) {
                        written.add(new Written(rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant()));
                    }
                });
        return written;
    }

    /** A unit's id and when it was last written. */
    public record Written(long id, Instant at) {
    }

    /** Live units per memory name, for the memory list. */
    public Map<String, Long> countByMemory() {
        Map<String, Long> counts = new LinkedHashMap<>();
        query("SELECT memory, COUNT(*) FROM tm_unit WHERE deleted = FALSE GROUP BY memory ORDER BY memory",
                ps -> { }, rs -> counts.put(rs.getString(1), rs.getLong(2)));
        return counts;
    }

    /** Live units of one memory (the index on memory, deleted, id answers it without reading the others). */
    public long count(MemoryName memory) {
        long[] count = new long[1];
        query("SELECT COUNT(*) FROM tm_unit WHERE memory = ? AND deleted = FALSE", ps -> ps.setString(1, memory.value()),
                rs -> count[0] = rs.getLong(1));
        return count[0];
    }

    /**
     * How many live units the memory has and the sum of their ids, in one read: what an index snapshot
     * is checked against, so that a set of units of the same size but other ids is told apart.
     */
    public Census census(MemoryName memory) {
        Census[] census = new Census[1];
        query("SELECT COUNT(*), COALESCE(SUM(id), 0) FROM tm_unit WHERE memory = ? AND deleted = FALSE",
                ps -> ps.setString(1, memory.value()), rs -> census[0] = new Census(rs.getLong(1), rs.getLong(2)));
        return census[0];
    }

    /** A memory's live units: their number and the sum of their ids. */
    public record Census(long count, long idSum) {
    }

    /** Every memory with its generation (bumped by bulk imports, see the V1 migration). */
    public Map<MemoryName, Long> generations() {
        Map<MemoryName, Long> generations = new LinkedHashMap<>();
        query("SELECT name, generation FROM tm_memory ORDER BY name", ps -> { },
                rs -> generations.put(MemoryName.parse(rs.getString(1)), rs.getLong(2)));
        return generations;
    }

    /**
     * Creates the memory row on first use. Run it in a transaction of its own: two nodes creating the
     * same memory at once make one of them fail here, and it then finds the row the other one made.
     */
    public void ensureMemory(MemoryName memory) {
        execute("INSERT INTO tm_memory (name, source_lang, target_lang, generation, created_at) SELECT ?, ?, ?, 0, ? "
                + "WHERE NOT EXISTS (SELECT 1 FROM tm_memory WHERE name = ?)", ps -> {
                    ps.setString(1, memory.value());
                    ps.setString(2, memory.pair().source());
                    ps.setString(3, memory.pair().target());
                    ps.setObject(4, timestamp(Instant.now()));
                    ps.setString(5, memory.value());
                });
    }

    /** Tells every node to reload this memory; returns the new generation. */
    public long bumpGeneration(MemoryName memory) {
        execute("UPDATE tm_memory SET generation = generation + 1 WHERE name = ?", ps -> ps.setString(1, memory.value()));
        return generations().getOrDefault(memory, 0L);
    }

    /** Streams every live unit of a memory with the native markup of its codes, for TMX export. */
    public void forEachWithCodes(MemoryName memory, Consumer<TmxUnit> sink) {
        query("SELECT " + COLUMNS + ", source_codes, target_codes FROM tm_unit WHERE memory = ? AND deleted = FALSE ORDER BY id",
                ps -> ps.setString(1, memory.value()),
                rs -> sink.accept(new TmxUnit(unit(rs), codes.convertToEntityAttribute(rs.getString("source_codes")),
                        codes.convertToEntityAttribute(rs.getString("target_codes")))));
    }

    /**
     * Live units with the native markup of their codes, locked until the caller's transaction ends so
     * that a save cannot change one between reading and rewriting it (find-and-replace).
     */
    public List<TmxUnit> lockWithCodes(Collection<Long> ids) {
        List<TmxUnit> units = new ArrayList<>(ids.size());
        List<Long> all = List.copyOf(ids);
        for (int from = 0; from < all.size(); from += IN_LIST) {
            List<Long> chunk = all.subList(from, Math.min(all.size(), from + IN_LIST));
            String marks = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
            query("SELECT " + COLUMNS + ", source_codes, target_codes FROM tm_unit WHERE deleted = FALSE AND id IN ("
                    + marks + ") FOR UPDATE", ps -> {
                        for (int i = 0; i < chunk.size(); i++) {
                            ps.setLong(i + 1, chunk.get(i));
                        }
                    }, rs -> units.add(new TmxUnit(unit(rs), codes.convertToEntityAttribute(rs.getString("source_codes")),
                            codes.convertToEntityAttribute(rs.getString("target_codes")))));
        }
        return units;
    }

    /**
     * Confirms translations: each becomes a new unit, or updates the unit of its memory with the same
     * source and target ({@link ContentHash}), as one write that is safe when several transactions
     * confirm the same translation at once ({@link UnitUpsert}). Returns the units as stored (an
     * existing one keeps its id), once each, in the order given.
     *
     * @param writtenAt the time the rows count as written for other nodes' polling
     */
    public List<TranslationUnit> confirm(MemoryName memory, List<TmxUnit> units, Instant writtenAt) {
        return confirm(memory, units, java.util.Collections.nCopies(units.size(), null), writtenAt);
    }

    /**
     * {@link #confirm(MemoryName, List, Instant)} with each source's concordance key computed already
     * (the memory's index computes the same key, {@link org.tarjoman.memory.TextKeys#sourceKey}); a null
     * key is computed here.
     */
    public List<TranslationUnit> confirm(MemoryName memory, List<TmxUnit> units, List<String> sourceKeys,
            Instant writtenAt) {
        if (sourceKeys.size() != units.size()) {
            throw new IllegalArgumentException(units.size() + " units but " + sourceKeys.size() + " source keys");
        }
        if (units.isEmpty()) {
            return List.of();
        }
        for (TmxUnit tmx : units) {
            if (!tmx.unit().pair().equals(memory.pair())) {
                throw new IllegalArgumentException("unit of " + tmx.unit().pair() + " written into memory " + memory);
            }
        }
        // each hash once: SHA-256 inside the sort's comparator was computed 16 times per unit of a batch
        String[] hashes = new String[units.size()];
        for (int i = 0; i < hashes.length; i++) {
            hashes[i] = ContentHash.of(units.get(i).unit());
        }
        // the same order in every transaction: two saves confirming the same sentences cannot deadlock
        int[] order = java.util.stream.IntStream.range(0, hashes.length).boxed()
                .sorted(java.util.Comparator.comparing((Integer i) -> hashes[i])).mapToInt(Integer::intValue).toArray();
        java.util.Optional<long[]> newIds;
        try (Connection c = dataSource.getConnection()) {
            newIds = upsert(c).write(c, new UnitUpsert.Rows() {
                @Override
                public int size() {
                    return order.length;
                }

                @Override
                public void bind(PreparedStatement ps, int i) throws SQLException {
                    bindUpsert(ps, memory, units.get(order[i]), hashes[order[i]], sourceKeys.get(order[i]), writtenAt);
                }
            });
        } catch (SQLException e) {
            throw new StoreException("could not confirm " + units.size() + " units", e);
        }
        if (newIds.isPresent()) {
            TranslationUnit[] saved = new TranslationUnit[units.size()];
            for (int i = 0; i < order.length; i++) {
                saved[order[i]] = asStored(units.get(order[i]).unit(), newIds.get()[i]);
            }
            return List.of(saved);
        }
        Map<String, TranslationUnit> stored = findByHashes(memory, java.util.Arrays.stream(hashes).distinct().toList());
        List<TranslationUnit> saved = new ArrayList<>();
        java.util.Set<Long> seen = new java.util.HashSet<>();
        for (String hash : hashes) {
            TranslationUnit unit = stored.get(hash);
            if (unit == null) {
                throw new StoreException("a confirmed unit is not in the database", null);
            }
            if (seen.add(unit.id())) {
                saved.add(unit);
            }
        }
        return saved;
    }

    /**
     * A unit as a fresh insert stored it, without reading it back: the texts as given, at least one
     * confirmation, and its dates to the microsecond (the columns' precision; {@link #bindUpsert} binds
     * them so, which leaves the database nothing to round).
     */
    private static TranslationUnit asStored(TranslationUnit u, long id) {
        return new TranslationUnit(id, u.pair(), u.source(), u.target(), u.previousSource(), u.nextSource(), u.origin(),
                u.author(), stored(u.createdAt()), stored(u.changedAt()), Math.max(1, u.usageCount()));
    }

    private static Instant stored(Instant instant) {
        return instant.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }

    /** {@link #confirm(MemoryName, List, Instant)} of one translation, written now. */
    public TranslationUnit confirm(MemoryName memory, TmxUnit unit) {
        return confirm(memory, List.of(unit), Instant.now()).get(0);
    }

    /** The row of a memory holding this translation, live or a tombstone. */
    public java.util.Optional<HashHolder> holder(MemoryName memory, String contentHash) {
        List<HashHolder> found = new ArrayList<>(1);
        query("SELECT id, deleted FROM tm_unit WHERE " + MEMORY + " = ? AND content_hash = ?", ps -> {
            ps.setString(1, memory.value());
            ps.setString(2, contentHash);
        }, rs -> found.add(new HashHolder(rs.getLong(1), rs.getBoolean(2))));
        return found.stream().findFirst();
    }

    /** Lets a tombstone go of its translation, so that a correction of another unit may take it. */
    public void releaseTombstone(long id) {
        execute("UPDATE tm_unit SET content_hash = NULL WHERE id = ? AND deleted = TRUE", ps -> ps.setLong(1, id));
    }

    private Map<String, TranslationUnit> findByHashes(MemoryName memory, List<String> hashes) {
        Map<String, TranslationUnit> found = new java.util.HashMap<>();
        UnitUpsert dialect = dialect();
        for (int from = 0; from < hashes.size(); from += IN_LIST) {
            List<String> chunk = hashes.subList(from, Math.min(hashes.size(), from + IN_LIST));
            query("SELECT " + COLUMNS + ", content_hash FROM tm_unit WHERE " + dialect.hashesCondition(chunk.size())
                    + " AND deleted = FALSE", ps -> dialect.bindHashes(ps, memory, chunk),
                    rs -> found.put(rs.getString("content_hash"), unit(rs)));
        }
        return found;
    }

    /** Lets the database's planner see the rows a bulk import has written so far in its transaction. */
    public void refreshStatistics() {
        try (Connection c = dataSource.getConnection()) {
            upsert(c).refreshStatistics(c);
        } catch (SQLException e) {
            throw new StoreException("could not refresh the planner's statistics", e);
        }
    }

    private void bindUpsert(PreparedStatement ps, MemoryName memory, TmxUnit tmx, String contentHash, String sourceKey,
            Instant writtenAt) throws SQLException {
        TranslationUnit u = tmx.unit();
        int i = 0;
        ps.setString(++i, memory.value());
        ps.setString(++i, contentHash);
        ps.setString(++i, u.source());
        ps.setString(++i, u.target());
        ps.setString(++i, sourceKey != null ? fitted(sourceKey) : key(u.source()));
        ps.setString(++i, key(u.target()));
        ps.setString(++i, codes.convertToDatabaseColumn(tmx.sourceCodes()));
        ps.setString(++i, codes.convertToDatabaseColumn(tmx.targetCodes()));
        ps.setString(++i, u.previousSource());
        ps.setString(++i, u.nextSource());
        ps.setString(++i, u.origin());
        ps.setString(++i, u.author());
        ps.setObject(++i, timestamp(stored(u.createdAt())));
        ps.setObject(++i, timestamp(stored(u.changedAt())));
        ps.setInt(++i, Math.max(1, u.usageCount()));
        ps.setObject(++i, timestamp(writtenAt));
    }

    /** This database's dialect, learnt from a connection the first time it is asked. */
    private UnitUpsert dialect() {
        UnitUpsert known = upsert;
        if (known != null) {
            return known;
        }
        try (Connection c = dataSource.getConnection()) {
            return upsert(c);
        } catch (SQLException e) {
            throw new StoreException("could not reach the database", e);
        }
    }

    private UnitUpsert upsert(Connection c) throws SQLException {
        UnitUpsert known = upsert;
        if (known == null) {
            known = UnitUpsert.forDatabase(c.getMetaData().getDatabaseProductName(), MEMORY);
            upsert = known;
        }
        return known;
    }

    /** Replaces a live unit's content; false when it does not exist (or was deleted). */
    public boolean update(TmxUnit tmx) {
        TranslationUnit u = tmx.unit();
        return execute("UPDATE tm_unit SET source = ?, target = ?, source_key = ?, target_key = ?, source_codes = ?, "
                + "target_codes = ?, previous_source = ?, next_source = ?, origin = ?, author = ?, changed_at = ?, "
                + "usage_count = ?, written_at = ?, content_hash = ? WHERE id = ? AND deleted = FALSE",
                ps -> {
                    ps.setString(1, u.source());
                    ps.setString(2, u.target());
                    ps.setString(3, key(u.source()));
                    ps.setString(4, key(u.target()));
                    ps.setString(5, codes.convertToDatabaseColumn(tmx.sourceCodes()));
                    ps.setString(6, codes.convertToDatabaseColumn(tmx.targetCodes()));
                    ps.setString(7, u.previousSource());
                    ps.setString(8, u.nextSource());
                    ps.setString(9, u.origin());
                    ps.setString(10, u.author());
                    ps.setObject(11, timestamp(u.changedAt()));
                    ps.setInt(12, u.usageCount());
                    ps.setObject(13, timestamp(Instant.now()));
                    ps.setString(14, ContentHash.of(u));
                    ps.setLong(15, u.id());
                }) == 1;
    }

    /** Marks a unit deleted; the row stays as a tombstone so other nodes drop it from their index. */
    public boolean delete(long id, Instant at) {
        return execute("UPDATE tm_unit SET deleted = TRUE, changed_at = ?, written_at = ? WHERE id = ? AND deleted = FALSE",
                ps -> {
                    ps.setObject(1, timestamp(at));
                    ps.setObject(2, timestamp(Instant.now()));
                    ps.setLong(3, id);
                }) == 1;
    }

    /** {@link #delete} for many units in one statement per {@value #IN_LIST}; answers how many were live. */
    public int deleteAll(List<Long> ids, Instant at) {
        int deleted = 0;
        for (int from = 0; from < ids.size(); from += IN_LIST) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + IN_LIST));
            String marks = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
            deleted += execute("UPDATE tm_unit SET deleted = TRUE, changed_at = ?, written_at = ? WHERE deleted = FALSE "
                    + "AND id IN (" + marks + ")", ps -> {
                        ps.setObject(1, timestamp(at));
                        ps.setObject(2, timestamp(Instant.now()));
                        for (int i = 0; i < chunk.size(); i++) {
                            ps.setLong(i + 3, chunk.get(i));
                        }
                    });
        }
        return deleted;
    }

    /**
     * The concordance key of a text. A text fits its column, but folding can lengthen it (a ligature
     * becomes its letters): a key past the column is cut, which only hides hits beyond its end.
     */
    private String key(String tagged) {
        return fitted(normalizer.normalize(TaggedSource.parse(tagged).plain()));
    }

    private static String fitted(String key) {
        if (key.length() <= Columns.TEXT) {
            return key;
        }
        int end = Character.isHighSurrogate(key.charAt(Columns.TEXT - 1)) ? Columns.TEXT - 1 : Columns.TEXT;
        return key.substring(0, end);
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static TranslationUnit unit(ResultSet rs) throws SQLException {
        return new TranslationUnit(rs.getLong("id"), pairOf(rs.getString("memory")), rs.getString("source"),
                rs.getString("target"), rs.getString("previous_source"), rs.getString("next_source"),
                rs.getString("origin"), rs.getString("author"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getObject("changed_at", OffsetDateTime.class).toInstant(), rs.getInt("usage_count"));
    }

    /** Memory names are few and units many: a row's pair is parsed once per name, not per row of a load. */
    private static final Map<String, LanguagePair> PAIRS = new java.util.concurrent.ConcurrentHashMap<>();

    private static LanguagePair pairOf(String memory) {
        return PAIRS.computeIfAbsent(memory, name -> MemoryName.parse(name).pair());
    }

    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    private interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    private void query(String sql, Binder binder, RowReader reader) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setFetchSize(FETCH_SIZE);
            binder.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    reader.read(rs);
                }
            }
        } catch (SQLException e) {
            throw new StoreException("query failed", e);
        }
    }

    private int execute(String sql, Binder binder) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            binder.bind(ps);
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("update failed", e);
        }
    }

    /** The row holding a translation in a memory, and whether it is a tombstone. */
    public record HashHolder(long id, boolean deleted) {
    }

    /** A unit as last written, or its tombstone, and the memory it is in. */
    public record UnitChange(MemoryName memory, TranslationUnit unit, boolean deleted, Instant writtenAt) {
    }

    /** A database failure; its message is for the log, never for the client. */
    public static final class StoreException extends RuntimeException {
        StoreException(String message, Throwable cause) {
            super(message, cause);
        }

        /** A unique key refused the write (SQL state 23505 on H2 and PostgreSQL alike). */
        public boolean duplicateKey() {
            return getCause() instanceof SQLException e && "23505".equals(e.getSQLState());
        }
    }
}
