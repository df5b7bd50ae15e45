package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.tarjoman.memory.ContentHash;

/**
 * One unit per translation in a memory: {@code tm_unit} gets {@code content_hash} (see
 * {@link ContentHash}) under a unique index per memory, and the duplicates older versions wrote are
 * merged. Java, not SQL: SHA-256 of the texts is not portable SQL across H2 and PostgreSQL.
 *
 * <p>Each group of rows with the same memory and hash is merged into its newest live row (latest
 * change, so its author and date stay): it counts every confirmation of the group ({@code usage_count}
 * summed, each row at least 1) and the earliest creation. The other rows become tombstones without a
 * hash (NULLs do not collide in a unique index), written now, and the memory's generation is bumped:
 * nodes still running the old version drop them from their indexes at their next poll.
 */
public class V6__one_unit_per_translation extends BaseJavaMigration {

    /** The column naming a unit's memory (V5 renamed it from {@code pair}). */
    static final String MEMORY = "memory";

    private static final int BATCH = 1_000;

    @Override
    public void migrate(Context context) throws SQLException {
        migrate(context.getConnection());
    }

    /** The whole migration on one connection, in the caller's transaction. */
    public static void migrate(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("ALTER TABLE tm_unit ADD COLUMN content_hash VARCHAR(64)");
            // A unit now counts its confirmations; every existing row is at least one.
            s.execute("ALTER TABLE tm_unit ALTER COLUMN usage_count SET DEFAULT 1");
            s.executeUpdate("UPDATE tm_unit SET usage_count = 1 WHERE usage_count < 1");
        }
        hashAll(c);
        try (Statement s = c.createStatement()) {
            s.execute("CREATE INDEX tm_unit_content_groups ON tm_unit (" + MEMORY + ", content_hash)");
        }
        Set<String> memories = mergeDuplicates(c);
        try (Statement s = c.createStatement()) {
            s.execute("DROP INDEX tm_unit_content_groups");
            s.execute("CREATE UNIQUE INDEX tm_unit_content ON tm_unit (" + MEMORY + ", content_hash)");
        }
        try (PreparedStatement bump = c.prepareStatement(
                "UPDATE tm_memory SET generation = generation + 1 WHERE name = ?")) {
            for (String memory : memories) {
                bump.setString(1, memory);
                bump.executeUpdate();
            }
        }
    }

    private static void hashAll(Connection c) throws SQLException {
        try (PreparedStatement read = c.prepareStatement("SELECT id, source, target FROM tm_unit ORDER BY id");
             PreparedStatement write = c.prepareStatement("UPDATE tm_unit SET content_hash = ? WHERE id = ?")) {
            read.setFetchSize(BATCH);
            int pending = 0;
            try (ResultSet rs = read.executeQuery()) {
                while (rs.next()) {
                    write.setString(1, ContentHash.of(rs.getString("source"), rs.getString("target")));
                    write.setLong(2, rs.getLong("id"));
                    write.addBatch();
                    if (++pending == BATCH) {
                        write.executeBatch();
                        pending = 0;
                    }
                }
            }
            if (pending > 0) {
                write.executeBatch();
            }
        }
    }

    /** Merges every group of duplicates; returns the memories that had any. */
    private static Set<String> mergeDuplicates(Connection c) throws SQLException {
        List<String[]> groups = new ArrayList<>();
        try (PreparedStatement find = c.prepareStatement("SELECT " + MEMORY + ", content_hash FROM tm_unit "
                + "GROUP BY " + MEMORY + ", content_hash HAVING COUNT(*) > 1");
             ResultSet rs = find.executeQuery()) {
            while (rs.next()) {
                groups.add(new String[] {rs.getString(1), rs.getString(2)});
            }
        }
        OffsetDateTime now = Instant.now().atOffset(ZoneOffset.UTC);
        Set<String> memories = new LinkedHashSet<>();
        try (PreparedStatement rows = c.prepareStatement("SELECT id, deleted, usage_count, created_at FROM tm_unit "
                + "WHERE " + MEMORY + " = ? AND content_hash = ? ORDER BY deleted, changed_at DESC, id DESC");
             PreparedStatement keep = c.prepareStatement(
                     "UPDATE tm_unit SET usage_count = ?, created_at = ?, written_at = ? WHERE id = ?");
             PreparedStatement retire = c.prepareStatement(
                     "UPDATE tm_unit SET deleted = TRUE, content_hash = NULL, written_at = ? WHERE id = ?")) {
            for (String[] group : groups) {
                rows.setString(1, group[0]);
                rows.setString(2, group[1]);
                long keeper = 0;
                boolean keeperLive = false;
                int usage = 0;
                OffsetDateTime created = null;
                try (ResultSet rs = rows.executeQuery()) {
                    while (rs.next()) {
                        long id = rs.getLong("id");
                        boolean live = !rs.getBoolean("deleted");
                        if (keeper == 0) {
                            keeper = id;
                            keeperLive = live;
                        } else {
                            retire.setObject(1, now);
                            retire.setLong(2, id);
                            retire.addBatch();
                        }
                        // A tombstone's confirmations were undone by its deletion; they count only
                        // when the whole group is deleted (the kept tombstone).
                        if (live == keeperLive) {
                            usage += Math.max(1, rs.getInt("usage_count"));
                            OffsetDateTime at = rs.getObject("created_at", OffsetDateTime.class);
                            created = created == null || at.isBefore(created) ? at : created;
                        }
                    }
                }
                retire.executeBatch();
                keep.setInt(1, usage);
                keep.setObject(2, created);
                keep.setObject(3, now);
                keep.setLong(4, keeper);
                keep.executeUpdate();
                memories.add(group[0]);
            }
        }
        return memories;
    }
}
