package org.tarjoman.api.memory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.tarjoman.core.normalize.PersianNormalizer;
import org.tarjoman.memory.MemoryName;

/**
 * The units of one memory a {@link UnitFilter} selects, through plain JDBC on {@code tm_unit}: their
 * ids a page at a time, how many there are, their targets streamed, and counts per author and month.
 * Only ids and targets are read here; whole units come from {@link UnitRepository}, the one reader of
 * a unit's row. Text filters compare the normalized {@code source_key}/{@code target_key} columns with
 * {@code LIKE '%key%'}, so spelling variants match and so does a phrase inside a longer word
 * ({@code ایران} finds {@code ایرانی}, as a coordinator cleaning up a misspelt stem expects). With a
 * text filter the rows are read by id, a chunk of ids at a time, from the candidates the memory's
 * index gives ({@link TextFilterCandidates}), and the same {@code WHERE} (the {@code LIKE} too) decides:
 * the answer is the scan's, without reading the whole memory. When the index cannot narrow, it is the
 * scan. Calls join the caller's transaction.
 */
@ApplicationScoped
public class FilteredUnits {

    /**
     * The column that says which memory a unit is in: the one place these queries name it (the
     * memories work renames it from {@code pair} to {@code memory}).
     */
    static final String MEMORY_COLUMN = "memory";

    private static final int FETCH_SIZE = 1_000;

    /** Candidate ids per query: PostgreSQL and H2 both look each up in the primary key. */
    static final int CHUNK = 1_000;

    private final DataSource dataSource;
    private final TextFilterCandidates candidates;
    private final PersianNormalizer normalizer = new PersianNormalizer();

    FilteredUnits(DataSource dataSource, TextFilterCandidates candidates) {
        this.dataSource = dataSource;
        this.candidates = candidates;
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
        // each chunk gives its first `limit` in this order; the first `limit` of them all are the page
        List<Dated> found = new ArrayList<>();
        forEachChunk(memory, filter, where, false, chunk -> query("SELECT id, changed_at FROM tm_unit WHERE " + chunk.sql
                        + " ORDER BY changed_at DESC, id DESC", chunk, limit,
                rs -> found.add(new Dated(rs.getObject(2, OffsetDateTime.class).toInstant(), rs.getLong(1)))));
        found.sort(NEWEST_FIRST);
        return found.stream().limit(limit == 0 ? Long.MAX_VALUE : limit).map(Dated::id).toList();
    }

    /** How many live units match. */
    public long count(MemoryName memory, UnitFilter filter) {
        Where where = where(memory, filter);
        long[] count = new long[1];
        forEachChunk(memory, filter, where, false, chunk -> query("SELECT COUNT(*) FROM tm_unit WHERE " + chunk.sql,
                chunk, 0, rs -> count[0] += rs.getLong(1)));
        return count[0];
    }

    /** Every live matching unit's id, newest first. */
    public List<Long> ids(MemoryName memory, UnitFilter filter) {
        return page(memory, filter, null, 0);
    }

    /** Streams id and target (tagged text) of every live matching unit, newest first. */
    public void forEachTarget(MemoryName memory, UnitFilter filter, TargetSink sink) {
        Where where = where(memory, filter);
        forEachChunk(memory, filter, where, true, chunk -> query("SELECT id, target FROM tm_unit WHERE " + chunk.sql
                + " ORDER BY id DESC", chunk, 0, rs -> sink.accept(rs.getLong(1), rs.getString(2))));
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
        // chunks each count their own units: the same author and month from two chunks add up
        Map<List<Object>, AuthorMonth> counts = new LinkedHashMap<>();
        forEachChunk(memory, filter, where, false, chunk -> query("SELECT author, " + year + ", " + month
                        + ", COUNT(*) FROM tm_unit WHERE " + chunk.sql + " GROUP BY author, " + year + ", " + month, chunk, 0,
                rs -> {
                    AuthorMonth more = new AuthorMonth(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getLong(4));
                    counts.merge(Arrays.asList(more.author(), more.year(), more.month()), more,
                            (a, b) -> new AuthorMonth(a.author(), a.year(), a.month(), a.units() + b.units()));
                }));
        return List.copyOf(counts.values());
    }

    /** Units of one author in one month. */
    public record AuthorMonth(String author, int year, int month, long units) {
    }

    /** Takes one unit's id and target. */
    @FunctionalInterface
    public interface TargetSink {
        void accept(long id, String target) throws SQLException;
    }

    /** A unit's id and last confirmation, to merge the pages of several chunks. */
    private record Dated(Instant changedAt, long id) {
    }

    private static final Comparator<Dated> NEWEST_FIRST = Comparator.comparing(Dated::changedAt)
            .thenComparingLong(Dated::id).reversed();

    /**
     * Runs {@code read} once on the whole {@code where} when the index cannot narrow the filter, else once
     * per chunk of candidate ids with {@code id IN (…)} added; chunks go by descending id when
     * {@code descending}, so that a read ordered by id DESC keeps that order across chunks.
     */
    private void forEachChunk(MemoryName memory, UnitFilter filter, Where where, boolean descending,
                              Consumer<Where> read) {
        Optional<long[]> ids = candidates.of(memory, filter);
        if (ids.isEmpty()) {
            read.accept(where);
            return;
        }
        long[] all = ids.get();
        int chunks = (all.length + CHUNK - 1) / CHUNK;
        for (int c = 0; c < chunks; c++) {
            int from = descending ? Math.max(0, all.length - (c + 1) * CHUNK) : c * CHUNK;
            int to = descending ? all.length - c * CHUNK : Math.min(all.length, from + CHUNK);
            long[] chunk = Arrays.copyOfRange(all, from, to);
            if (descending) {
                reverse(chunk);
            }
            read.accept(where.withIds(chunk));
        }
    }

    private static void reverse(long[] ids) {
        for (int i = 0, j = ids.length - 1; i < j; i++, j--) {
            long id = ids[i];
            ids[i] = ids[j];
            ids[j] = id;
        }
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

        private Where(Where base) {
            sql = new StringBuilder(base.sql);
            values.addAll(base.values);
        }

        /** This clause, and the unit's id one of these. */
        Where withIds(long[] ids) {
            Where out = new Where(this);
            out.sql.append(" AND id IN (").append(String.join(",", Collections.nCopies(ids.length, "?"))).append(')');
            for (long id : ids) {
                out.values.add(id);
            }
            return out;
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
