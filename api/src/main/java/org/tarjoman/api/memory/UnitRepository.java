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
import org.tarjoman.memory.TaggedSource;
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

    private static final String COLUMNS = "id, pair, source, target, previous_source, next_source, origin, author, "
            + "created_at, changed_at, usage_count, deleted";
    private static final int FETCH_SIZE = 1_000;
    private static final int IN_LIST = 500;

    private final DataSource dataSource;
    private final PersianNormalizer normalizer = new PersianNormalizer();

    private final CodesColumn codes;

    UnitRepository(DataSource dataSource, CodesColumn codes) {
        this.codes = codes;
        this.dataSource = dataSource;
    }

    @Override
    public void forEach(LanguagePair pair, Consumer<TranslationUnit> sink) {
        query("SELECT " + COLUMNS + " FROM tm_unit WHERE pair = ? AND deleted = FALSE ORDER BY id",
                ps -> ps.setString(1, pair.code()), rs -> sink.accept(unit(rs)));
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

    /**
     * Streams units of any pair written here at or after {@code since} (added, corrected or deleted),
     * so each node catches up with writes made by the others.
     */
    public void forEachWrittenSince(Instant since, Consumer<UnitChange> sink) {
        query("SELECT " + COLUMNS + ", written_at FROM tm_unit WHERE written_at >= ? ORDER BY written_at, id",
                ps -> ps.setObject(1, timestamp(since)),
                rs -> sink.accept(new UnitChange(unit(rs), rs.getBoolean("deleted"),
                        rs.getObject("written_at", OffsetDateTime.class).toInstant())));
    }

    /** Live units per memory name, for the memory list. */
    public Map<String, Long> countByPair() {
        Map<String, Long> counts = new LinkedHashMap<>();
        query("SELECT pair, COUNT(*) FROM tm_unit WHERE deleted = FALSE GROUP BY pair ORDER BY pair",
                ps -> { }, rs -> counts.put(rs.getString(1), rs.getLong(2)));
        return counts;
    }

    /** Every memory with its generation (bumped by bulk imports, see the V1 migration). */
    public Map<LanguagePair, Long> generations() {
        Map<LanguagePair, Long> generations = new LinkedHashMap<>();
        query("SELECT pair, generation FROM tm_memory ORDER BY pair", ps -> { },
                rs -> generations.put(LanguagePair.parse(rs.getString(1)), rs.getLong(2)));
        return generations;
    }

    /**
     * Creates the memory row on first use. Run it in a transaction of its own: two nodes creating the
     * same memory at once make one of them fail here, and it then finds the row the other one made.
     */
    public void ensureMemory(LanguagePair pair) {
        execute("INSERT INTO tm_memory (pair, generation, created_at) SELECT ?, 0, ? "
                + "WHERE NOT EXISTS (SELECT 1 FROM tm_memory WHERE pair = ?)", ps -> {
                    ps.setString(1, pair.code());
                    ps.setObject(2, timestamp(Instant.now()));
                    ps.setString(3, pair.code());
                });
    }

    /** Tells every node to reload this memory; returns the new generation. */
    public long bumpGeneration(LanguagePair pair) {
        execute("UPDATE tm_memory SET generation = generation + 1 WHERE pair = ?", ps -> ps.setString(1, pair.code()));
        return generations().getOrDefault(pair, 0L);
    }

    /** Streams every live unit of a pair with the native markup of its codes, for TMX export. */
    public void forEachWithCodes(LanguagePair pair, Consumer<TmxUnit> sink) {
        query("SELECT " + COLUMNS + ", source_codes, target_codes FROM tm_unit WHERE pair = ? AND deleted = FALSE ORDER BY id",
                ps -> ps.setString(1, pair.code()),
                rs -> sink.accept(new TmxUnit(unit(rs), codes.convertToEntityAttribute(rs.getString("source_codes")),
                        codes.convertToEntityAttribute(rs.getString("target_codes")))));
    }

    /** Inserts the units in one batch and returns them with their new ids, in order. */
    public List<TranslationUnit> insert(List<TmxUnit> units) {
        return insert(units, Instant.now());
    }

    /** {@link #insert(List)} with the time the rows count as written for other nodes' polling. */
    public List<TranslationUnit> insert(List<TmxUnit> units, Instant writtenAt) {
        String sql = "INSERT INTO tm_unit (pair, source, target, source_key, target_key, source_codes, target_codes, "
                + "previous_source, next_source, origin, author, created_at, changed_at, usage_count, deleted, written_at) "
                + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,FALSE,?)";
        OffsetDateTime written = timestamp(writtenAt);
        List<TranslationUnit> saved = new ArrayList<>(units.size());
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(sql, new String[] {"id"})) {
            for (TmxUnit tmx : units) {
                TranslationUnit u = tmx.unit();
                ps.setString(1, u.pair().code());
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

    public TranslationUnit insert(TmxUnit unit) {
        return insert(List.of(unit)).get(0);
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

    private static OffsetDateTime timestamp(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static TranslationUnit unit(ResultSet rs) throws SQLException {
        return new TranslationUnit(rs.getLong("id"), LanguagePair.parse(rs.getString("pair")), rs.getString("source"),
                rs.getString("target"), rs.getString("previous_source"), rs.getString("next_source"),
                rs.getString("origin"), rs.getString("author"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getObject("changed_at", OffsetDateTime.class).toInstant(), rs.getInt("usage_count"));
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

    /** A unit as last written, or its tombstone. */
    public record UnitChange(TranslationUnit unit, boolean deleted, Instant writtenAt) {
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
