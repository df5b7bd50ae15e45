package org.tarjoman.api.memory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

import org.tarjoman.memory.MemoryName;

/**
 * How this database confirms translations: insert the unit, or, when its memory already holds the
 * same source and target (the unique index on memory and {@code content_hash}), update that row.
 * The database decides under its own locks, so confirmations racing on two nodes give one unit
 * counted twice. The update, in both dialects:
 * <ul>
 *   <li>a live unit counts the confirmation ({@code usage_count} + the incoming count, 1 for an editor's
 *       confirmation), keeps its earliest creation and takes the latest change date; author, origin,
 *       context and the codes' markup come from whichever is newer (a re-confirmation is);</li>
 *   <li>a tombstone is revived as if new: its deletion said the old confirmations were wrong.</li>
 * </ul>
 * Parameters, in order: memory, content_hash, source, target, source_key, target_key, source_codes,
 * target_codes, previous_source, next_source, origin, author, created_at, changed_at, usage_count,
 * written_at.
 */
abstract class UnitUpsert {

    private static final String[] COLUMNS = {"content_hash", "source", "target", "source_key", "target_key",
            "source_codes", "target_codes", "previous_source", "next_source", "origin", "author", "created_at",
            "changed_at", "usage_count", "written_at"};
    private static final String TEXT = "VARCHAR(20000)";
    private static final String NAME = "VARCHAR(255)";
    private static final String TIME = "TIMESTAMP WITH TIME ZONE";
    private static final String[] TYPES = {"VARCHAR(64)", TEXT, TEXT, TEXT, TEXT, TEXT, TEXT, TEXT, TEXT, NAME, NAME,
            TIME, TIME, "INTEGER", TIME};

    /** Binds the parameters of the i-th row (see the class comment for their order). */
    interface Rows {
        int size();

        void bind(PreparedStatement ps, int i) throws SQLException;
    }

    /**
     * Confirms every row, on the caller's connection and in its transaction. Answers the id of each row,
     * in order, when every row went in as a new unit: the stored unit is then the row as bound, and the
     * caller need not read it back. Empty when the database may have merged a row into a stored unit,
     * whose values only the database knows.
     */
    abstract Optional<long[]> write(Connection c, Rows rows) throws SQLException;

    /**
     * The condition reading back the stored rows of {@code count} hashes of one memory (after a write that
     * may have merged), bound by {@link #bindHashes}; each dialect's form seeks the unique index on memory
     * and {@code content_hash}.
     */
    abstract String hashesCondition(int count);

    abstract void bindHashes(PreparedStatement ps, MemoryName memory, java.util.List<String> hashes) throws SQLException;

    /**
     * Lets the query planner see what a bulk import has written so far in its transaction. A no-op
     * where the database's plans do not depend on gathered statistics.
     */
    abstract void refreshStatistics(Connection c) throws SQLException;

    static UnitUpsert forDatabase(String productName, String memory) {
        return productName.toLowerCase(java.util.Locale.ROOT).contains("postgres")
                ? new Postgres(memory) : new H2(memory);
    }

    /** The SET list of the update, {@code in} naming the incoming row and {@code t} the stored one. */
    static String updates(String in) {
        String newer = "(" + in + ".changed_at >= t.changed_at OR t.deleted)";
        StringBuilder set = new StringBuilder();
        for (String column : new String[] {"source_codes", "target_codes", "previous_source", "next_source", "origin",
                "author"}) {
            set.append(column).append(" = CASE WHEN ").append(newer).append(" THEN ").append(in).append('.')
                    .append(column).append(" ELSE t.").append(column).append(" END, ");
        }
        return set
                .append("created_at = CASE WHEN t.deleted THEN ").append(in).append(".created_at ELSE LEAST(t.created_at, ")
                .append(in).append(".created_at) END, ")
                .append("changed_at = CASE WHEN t.deleted THEN ").append(in).append(".changed_at ELSE GREATEST(t.changed_at, ")
                .append(in).append(".changed_at) END, ")
                .append("usage_count = CASE WHEN t.deleted THEN ").append(in).append(".usage_count ELSE t.usage_count + ")
                .append(in).append(".usage_count END, ")
                .append("written_at = ").append(in).append(".written_at, deleted = FALSE")
                .toString();
    }

    static String columns(String memory, String prefix) {
        StringBuilder list = new StringBuilder(prefix).append(memory);
        for (String column : COLUMNS) {
            list.append(", ").append(prefix).append(column);
        }
        return list.toString();
    }

    /** PostgreSQL: {@code INSERT … ON CONFLICT DO UPDATE}, atomic and batched. */
    private static final class Postgres extends UnitUpsert {

        private final String sql;
        private final String memory;

        Postgres(String memory) {
            this.memory = memory;
            sql = "INSERT INTO tm_unit AS t (" + columns(memory, "") + ", deleted) VALUES ("
                    + "?,".repeat(COLUMNS.length + 1) + "FALSE) ON CONFLICT (" + memory + ", content_hash) DO UPDATE SET "
                    + updates("EXCLUDED");
        }

        /** One array parameter: the planner probes the unique index once per hash (0.7 ms for 500 at 200k units). */
        @Override
        String hashesCondition(int count) {
            return memory + " = ? AND content_hash = ANY (?)";
        }

        @Override
        void bindHashes(PreparedStatement ps, MemoryName name, java.util.List<String> hashes) throws SQLException {
            ps.setString(1, name.value());
            ps.setArray(2, ps.getConnection().createArrayOf("varchar", hashes.toArray()));
        }

        /**
         * A memory's first bulk import writes into a table the planner has no statistics of (autovacuum's
         * ANALYZE runs after a commit, and never sees an open transaction's rows): it then took the memory
         * for a few hundred rows and read each batch back through the memory's index, every row of the
         * memory, 0.8 s per batch at 360k units, so a 1M import ran for an hour. ANALYZE in the
         * import's own transaction counts the rows it inserted. Its lock is held until the import commits
         * and conflicts with another ANALYZE (not with saves): a second import running meanwhile skips its
         * own refresh rather than wait for the first to commit.
         */
        @Override
        void refreshStatistics(Connection c) throws SQLException {
            try (Statement analyze = c.createStatement()) {
                analyze.execute("ANALYZE (SKIP_LOCKED) tm_unit");
            }
        }

        @Override
        Optional<long[]> write(Connection c, Rows rows) throws SQLException {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < rows.size(); i++) {
                    rows.bind(ps, i);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return Optional.empty();
        }
    }

    /**
     * H2 has no {@code ON CONFLICT}. New translations (a TMX import's batches) go in as one batched
     * {@code INSERT}, 1.7 times faster than row by row, whose generated ids are the rows' ids (a batch
     * of an import is then never read back); when the unique index refuses one (a
     * re-confirmation, or another session confirmed it meanwhile), the batch is rolled back to a
     * savepoint and each row is written with {@code MERGE … USING}. Two sessions may both find no row
     * and insert: the second waits for the first to commit and is refused by the unique index. H2
     * undoes only that statement (PostgreSQL would abort the transaction, hence its own statement), so
     * it is run again and now finds the row.
     */
    private static final class H2 extends UnitUpsert {

        private static final int ATTEMPTS = 5;
        private static final String SAVEPOINT = "tm_unit_batch";
        private final String insert;
        private final String merge;
        private final String memory;

        H2(String memory) {
            this.memory = memory;
            // the memory column holds a memory name (V5)
            StringBuilder values = new StringBuilder("CAST(? AS VARCHAR(" + MemoryName.MAX_LENGTH + "))");
            for (String type : TYPES) {
                values.append(", CAST(? AS ").append(type).append(')');
            }
            insert = "INSERT INTO tm_unit (" + columns(memory, "") + ", deleted) VALUES ("
                    + "?,".repeat(COLUMNS.length + 1) + "FALSE)";
            merge = "MERGE INTO tm_unit t USING (VALUES (" + values + ")) s(" + columns(memory, "") + ") ON t." + memory
                    + " = s." + memory + " AND t.content_hash = s.content_hash WHEN MATCHED THEN UPDATE SET "
                    + updates("s") + " WHEN NOT MATCHED THEN INSERT (" + columns(memory, "") + ", deleted) VALUES ("
                    + columns(memory, "s.") + ", FALSE)";
        }

        /** Row values, not "memory = ? AND content_hash IN (…)": H2 seeks its index on the first column only for the latter. */
        @Override
        String hashesCondition(int count) {
            return "(" + memory + ", content_hash) IN (" + String.join(",", java.util.Collections.nCopies(count, "(?, ?)")) + ")";
        }

        @Override
        void bindHashes(PreparedStatement ps, MemoryName name, java.util.List<String> hashes) throws SQLException {
            for (int i = 0; i < hashes.size(); i++) {
                ps.setString(2 * i + 1, name.value());
                ps.setString(2 * i + 2, hashes.get(i));
            }
        }

        /** H2 plans with its own selectivity estimates, not gathered statistics. */
        @Override
        void refreshStatistics(Connection c) {
        }

        @Override
        Optional<long[]> write(Connection c, Rows rows) throws SQLException {
            // in SQL: the pool refuses Connection.rollback(Savepoint) on a connection enlisted in JTA
            try (Statement savepoint = c.createStatement()) {
                savepoint.execute("SAVEPOINT " + SAVEPOINT);
                try (PreparedStatement ps = c.prepareStatement(insert, new String[] {"id"})) {
                    for (int i = 0; i < rows.size(); i++) {
                        rows.bind(ps, i);
                        ps.addBatch();
                    }
                    ps.executeBatch();
                    return Optional.of(ids(ps, rows.size()));
                } catch (SQLException e) {
                    if (!duplicate(e)) {
                        throw e;
                    }
                    savepoint.execute("ROLLBACK TO SAVEPOINT " + SAVEPOINT);
                }
            }
            try (PreparedStatement ps = c.prepareStatement(merge)) {
                for (int i = 0; i < rows.size(); i++) {
                    rows.bind(ps, i);
                    mergeRow(ps);
                }
            }
            return Optional.empty();
        }

        /** The ids the batch generated, one per row in the order added (H2 keeps the keys of every batched row). */
        private static long[] ids(PreparedStatement ps, int count) throws SQLException {
            long[] ids = new long[count];
            int i = 0;
            try (ResultSet keys = ps.getGeneratedKeys()) {
                while (keys.next()) {
                    if (i == count) {
                        throw new SQLException("the batch generated more ids than it had rows");
                    }
                    ids[i++] = keys.getLong(1);
                }
            }
            if (i != count) {
                throw new SQLException("the batch of " + count + " rows generated " + i + " ids");
            }
            return ids;
        }

        private static void mergeRow(PreparedStatement ps) throws SQLException {
            for (int attempt = 1; ; attempt++) {
                try {
                    ps.executeUpdate();
                    return;
                } catch (SQLException e) {
                    if (!duplicate(e) || attempt == ATTEMPTS) {
                        throw e;
                    }
                }
            }
        }

        private static boolean duplicate(SQLException e) {
            for (SQLException next = e; next != null; next = next.getNextException()) {
                if ("23505".equals(next.getSQLState())) {
                    return true;
                }
            }
            return e.getCause() instanceof SQLException cause && "23505".equals(cause.getSQLState());
        }
    }
}
