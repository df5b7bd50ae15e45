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
    private static final int FETCH_SIZE = 1_000;
    private static final int IN_LIST = 500;
    private static final long CONCORDANCE_SLICE = 20_000;

    private final DataSource dataSource;
    private final PersianNormalizer normalizer = new PersianNormalizer();

    private final CodesColumn codes;

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

    /** Inserts the units into the memory in one batch and returns them with their new ids, in order. */
    public List<TranslationUnit> insert(MemoryName memory, List<TmxUnit> units) {
        return insert(memory, units, Instant.now());
    }

    /** {@link #insert(MemoryName, List)} with the time the rows count as written for other nodes' polling. */
    public List<TranslationUnit> insert(MemoryName memory, List<TmxUnit> units, Instant writtenAt) {
        String sql = "INSERT INTO tm_unit (memory, source, target, source_key, target_key, source_codes, target_codes, "
                + "previous_source, next_source, origin, author, created_at, changed_at, usage_count, deleted, written_at) "
                + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,FALSE,?)";
        OffsetDateTime written = timestamp(writtenAt);
        List<TranslationUnit> saved = new ArrayList<>(units.size());
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(sql, new String[] {"id"})) {
            for (TmxUnit tmx : units) {
                TranslationUnit u = tmx.unit();
                if (!u.pair().equals(memory.pair())) {
                    throw new IllegalArgumentException("unit of " + u.pair() + " written into memory " + memory);
                }
                ps.setString(1, memory.value());
                ps.setString(2, u.source());
                ps.setString(3, u.target());
                ps.setString(4, key(u.source()));
                ps.setString(5, key(u.target()));
                ps.setString(6, codes.convertToDatabaseColumn(tmx.sourceCodes()));
                ps.setString(7, codes.convertToDatabaseColumn(tmx.targetCodes()));
                ps.setString(8, u.previousSource());
                ps.setString(9, u.nextSource());
                ps.setString(10, u.origin());
                ps.setString(11, u.author());
                ps.setObject(12, timestamp(u.createdAt()));
                ps.setObject(13, timestamp(u.changedAt()));
                ps.setInt(14, u.usageCount());
                ps.setObject(15, written);
                ps.addBatch();
            }
            ps.executeBatch();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                int i = 0;
                while (keys.next()) {
                    saved.add(units.get(i++).unit().withId(keys.getLong(1)));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("could not insert " + units.size() + " units", e);
        }
        if (saved.size() != units.size()) {
            throw new StoreException("the database returned " + saved.size() + " ids for " + units.size() + " units", null);
        }
        return saved;
    }

    public TranslationUnit insert(MemoryName memory, TmxUnit unit) {
        return insert(memory, List.of(unit)).get(0);
    }

    /** Replaces a live unit's content; false when it does not exist (or was deleted). */
    public boolean update(TmxUnit tmx) {
        TranslationUnit u = tmx.unit();
        return execute("UPDATE tm_unit SET source = ?, target = ?, source_key = ?, target_key = ?, source_codes = ?, "
                + "target_codes = ?, previous_source = ?, next_source = ?, origin = ?, author = ?, changed_at = ?, "
                + "usage_count = ?, written_at = ? WHERE id = ? AND deleted = FALSE",
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
                    ps.setLong(14, u.id());
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

    /**
     * Concordance in the database: live units whose normalized source (or target) contains the
     * normalized phrase, newest rows first, read in slices of the primary key so the search stops at
     * {@code limit}. Used for targets, which the matching index does not hold.
     */
    public List<TranslationUnit> concordance(MemoryName memory, String phraseKey, boolean inTarget, int limit) {
        String column = inTarget ? "target_key" : "source_key";
        long[] newest = new long[1];
        // the newest id of any memory: a filtered MAX would read the whole table on H2
        query("SELECT MAX(id) FROM tm_unit", ps -> { }, rs -> newest[0] = rs.getLong(1));
        List<TranslationUnit> units = new ArrayList<>();
        // Walk the id range backwards in slices, so a common phrase is answered from the newest rows
        // without reading the whole memory; a rare one still reads it all (the index holds no targets).
        for (long high = newest[0]; high > 0 && units.size() < limit; high -= CONCORDANCE_SLICE) {
            long low = Math.max(1, high - CONCORDANCE_SLICE + 1);
            long top = high;
            query("SELECT " + COLUMNS + " FROM tm_unit WHERE id BETWEEN ? AND ? AND memory = ? AND deleted = FALSE AND "
                            + column + " LIKE ? ESCAPE '!' ORDER BY id DESC",
                    ps -> {
                        ps.setLong(1, low);
                        ps.setLong(2, top);
                        ps.setString(3, memory.value());
                        ps.setString(4, "%" + likeEscape(phraseKey) + "%");
                        ps.setMaxRows(limit - units.size());
                    }, rs -> units.add(unit(rs)));
        }
        return units;
    }

    /**
     * The concordance key of a text. A text fits its column, but folding can lengthen it (a ligature
     * becomes its letters): a key past the column is cut, which only hides hits beyond its end.
     */
    private String key(String tagged) {
        String key = normalizer.normalize(TaggedSource.parse(tagged).plain());
        if (key.length() <= Columns.TEXT) {
            return key;
        }
        int end = Character.isHighSurrogate(key.charAt(Columns.TEXT - 1)) ? Columns.TEXT - 1 : Columns.TEXT;
        return key.substring(0, end);
    }

    private static String likeEscape(String s) {
        return s.replace("!", "!!").replace("%", "!%").replace("_", "!_");
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

    /** A unit as last written, or its tombstone, and the memory it is in. */
    public record UnitChange(MemoryName memory, TranslationUnit unit, boolean deleted, Instant writtenAt) {
    }

    /** A database failure; its message is for the log, never for the client. */
    public static final class StoreException extends RuntimeException {
        StoreException(String message, Throwable cause) {
            super(message, cause);
        }

        /** A unique key refused the write (SQL state 23505 on H2 and PostgreSQL alike). */
        boolean duplicateKey() {
            return getCause() instanceof SQLException e && "23505".equals(e.getSQLState());
        }
    }
}
