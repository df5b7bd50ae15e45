package db.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * H2 hands out {@code tm_unit} ids from a cache of 10,000, not its default of 32. H2 records the
 * identity's high-water mark each time the cache runs out, and that record is a commit of its own,
 * which stores every page changed since the last store: every 32 units, a 1M-unit import wrote a
 * chunk of the file (31,000 of them; a quarter of the import thread's samples were in these
 * commits). A crash loses at most the ids still cached, a gap in the numbering; no id is handed out
 * twice, and no committed unit is lost.
 *
 * <p>PostgreSQL is left as it is: its sequences do not write pages when they advance, and a cache
 * there is per connection, which would hand out ids out of their order across connections.
 * Java, not SQL, because the statement is for one of the two databases.
 */
public class V8__unit_ids_cached_on_h2 extends BaseJavaMigration {

    /** The ids a crash may skip; also how many units an import writes between two records of the mark. */
    static final int CACHED_IDS = 10_000;

    @Override
    public void migrate(Context context) throws SQLException {
        migrate(context.getConnection());
    }

    /** The whole migration on one connection, in the caller's transaction. */
    public static void migrate(Connection c) throws SQLException {
        if (!c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("h2")) {
            return;
        }
        try (Statement s = c.createStatement()) {
            s.execute("ALTER TABLE tm_unit ALTER COLUMN id SET CACHE " + CACHED_IDS);
        }
    }
}
