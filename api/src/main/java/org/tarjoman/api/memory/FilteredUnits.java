package org.tarjoman.api.memory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.tarjoman.core.normalize.PersianNormalizer;
import org.tarjoman.memory.MemoryName;

/**
 * The units of one memory a {@link UnitFilter} selects, through plain JDBC on {@code tm_unit}: their
 * ids a page at a time, how many there are, their targets streamed, and counts per author and month.
 * Only ids and targets are read here; whole units come from {@link UnitRepository}, the one reader of
 * a unit's row. Text filters compare the normalized {@code source_key}/{@code target_key} columns with
 * {@code LIKE}, as the database concordance does, so spelling variants match. Calls join the caller's
 * transaction.
 */
@ApplicationScoped
public class FilteredUnits {

    /**
     * The column that says which memory a unit is in: the one place these queries name it (the
     * memories work renames it from {@code pair} to {@code memory}).
     */
    static final String MEMORY_COLUMN = "memory";

    private static final int FETCH_SIZE = 1_000;

    private final DataSource dataSource;
    private final PersianNormalizer normalizer = new PersianNormalizer();

    FilteredUnits(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Ids of live matching units, newest confirmation first, after the unit {@code before} in that
     * order when given, at most {@code limit}. Ordered by date, not id: one batch of an import or a save
     * gets its ids in content-hash order (UnitRepository#confirm), not in the order it was written.
     */
    public List<Long> page(MemoryName memory, UnitFilter filter, Long before, int limit) {
        Where where = where(memory, filter);
        if (before != null) {
            where.and("(changed_at < (SELECT changed_at FROM tm_unit WHERE id = ?)", before);
            where.or("(changed_at = (SELECT changed_at FROM tm_unit WHERE id = ?) AND id < ?))", before, before);
        }
        List<Long> ids = new ArrayList<>();
        query("SELECT id FROM tm_unit WHERE " + where.sql + " ORDER BY changed_at DESC, id DESC", where, limit,
                rs -> ids.add(rs.getLong(1)));
        return ids;
    }

    /** How many live units match. */
    public long count(MemoryName memory, UnitFilter filter) {
        Where where = where(memory, filter);
        long[] count = new long[1];
        query("SELECT COUNT(*) FROM tm_unit WHERE " + where.sql, where, 0, rs -> count[0] = rs.getLong(1));
        return count[0];
    }

    /** Every live matching unit's id, newest first. */
    public List<Long> ids(MemoryName memory, UnitFilter filter) {
        return page(memory, filter, null, 0);
    }

    /** Streams id and target (tagged text) of every live matching unit, newest first. */
    public void forEachTarget(MemoryName memory, UnitFilter filter, TargetSink sink) {
        Where where = where(memory, filter);
        query("SELECT id, target FROM tm_unit WHERE " + where.sql + " ORDER BY id DESC", where, 0,
                rs -> sink.accept(rs.getLong(1), rs.getString(2)));
    }

    /**
     * Live matching units per author and calendar month (UTC) of their last confirmation. Grouped by
     * year and month numbers, which H2 and PostgreSQL extract alike; {@code AT TIME ZONE 'UTC'} makes
     * PostgreSQL take them in UTC whatever its session's time zone.
     */
    public List<AuthorMonth> countsByAuthorAndMonth(MemoryName memory, UnitFilter filter) {
        Where where = where(memory, filter);
        String year = "EXTRACT(YEAR FROM (changed_at AT TIME ZONE 'UTC'))";
        String month = "EXTRACT(MONTH FROM (changed_at AT TIME ZONE 'UTC'))";
        List<AuthorMonth> counts = new ArrayList<>();
        query("SELECT author, " + year + ", " + month + ", COUNT(*) FROM tm_unit WHERE " + where.sql
                        + " GROUP BY author, " + year + ", " + month, where, 0,
                rs -> counts.add(new AuthorMonth(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getLong(4))));
        return counts;
    }

    /** Units of one author in one month. */
    public record AuthorMonth(String author, int year, int month, long units) {
    }

    /** Takes one unit's id and target. */
    @FunctionalInterface
    public interface TargetSink {
        void accept(long id, String target) throws SQLException;
    }

    private Where where(MemoryName memory, UnitFilter filter) {
        Where where = new Where(MEMORY_COLUMN + " = ? AND deleted = FALSE", memory.value());
        if (filter.source() != null) {
            where.and("source_key LIKE ? ESCAPE '!'", contains("source", filter.source()));
        }
        if (filter.target() != null) {
            where.and("target_key LIKE ? ESCAPE '!'", contains("target", filter.target()));
        }
        if (filter.author() != null) {
            where.and("author = ?", filter.author());
        }
        if (filter.origin() != null) {
            where.and("origin = ?", filter.origin());
        }
        if (filter.fromInstant() != null) {
            where.and("changed_at >= ?", filter.fromInstant().atOffset(ZoneOffset.UTC));
        }
        if (filter.toExclusive() != null) {
            where.and("changed_at < ?", filter.toExclusive().atOffset(ZoneOffset.UTC));
        }
        return where;
    }

    /** The LIKE pattern of a phrase's key; a phrase that normalizes to nothing (a lone ZWNJ) selects nothing in particular. */
    private String contains(String name, String phrase) {
        String key = normalizer.normalize(phrase);
        if (key.isEmpty()) {
            throw new InvalidMemoryRequest(name + " has nothing to search for: '" + phrase + "'.");
        }
        return "%" + key.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }

    /** A WHERE clause and the values of its parameters, in order. */
    private static final class Where {
        private final StringBuilder sql;
        private final List<Object> values = new ArrayList<>();

        Where(String first, Object value) {
            sql = new StringBuilder(first);
            values.add(value);
        }

        void and(String condition, Object value) {
            sql.append(" AND ").append(condition);
            values.add(value);
        }

        void or(String condition, Object... more) {
            sql.append(" OR ").append(condition);
            values.addAll(List.of(more));
        }

        @Override
        public String toString() {
            return sql.toString();
        }
    }

    private interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    private void query(String sql, Where where, int maxRows, RowReader reader) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setFetchSize(FETCH_SIZE);
            ps.setMaxRows(maxRows);
            for (int i = 0; i < where.values.size(); i++) {
                ps.setObject(i + 1, where.values.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    reader.read(rs);
                }
            }
        } catch (SQLException e) {
            throw new UnitRepository.StoreException("filtered query failed", e);
        }
    }
}
