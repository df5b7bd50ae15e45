package org.tarjoman.api.operations;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * The jobs as {@code jobs.json} holds them: the rows of each job table, column by column, in the order a
 * restore inserts them (a row's foreign keys point to rows of an earlier table or, for a revision's
 * {@code supersedes_id}, to an older job). Row by row rather than as API views, so a restore keeps every id,
 * version, author, time and history entry as it was; JDBC's own types make it the same on H2 and PostgreSQL.
 */
final class JobTables {

    /** Jobs, then their segments and tasks, the tasks' translations and rounds, the translations' history. */
    static final List<String> TABLES = List.of("job", "job_segment", "task", "translation", "translation_history",
            "task_round");

    /** Tables whose ids come from a sequence (V2: batched history inserts), not an identity column. */
    private static final Map<String, String> SEQUENCES = Map.of("translation_history", "translation_history_seq");
    /** The sequence's increment, Hibernate's allocation size for it. */
    private static final int POOL = 50;

    private JobTables() {
    }

    /** Writes {@code {"job": [{column: value, …}, …], "job_segment": […], …}}, streaming each table. */
    static void write(Connection database, JsonGenerator json) throws SQLException, IOException {
        json.writeStartObject();
        for (String table : TABLES) {
            json.writeArrayFieldStart(table);
            try (Statement statement = database.createStatement()) {
                statement.setFetchSize(500);
                try (ResultSet rows = statement.executeQuery("SELECT * FROM " + table + " ORDER BY id")) {
                    ResultSetMetaData columns = rows.getMetaData();
                    while (rows.next()) {
                        json.writeStartObject();
                        for (int i = 1; i <= columns.getColumnCount(); i++) {
                            json.writeFieldName(columns.getColumnLabel(i).toLowerCase(java.util.Locale.ROOT));
                            writeValue(json, rows, i, columns.getColumnType(i));
                        }
                        json.writeEndObject();
                    }
                }
            }
            json.writeEndArray();
        }
        json.writeEndObject();
    }

    /** Inserts the rows of {@code jobs} (as {@link #write} wrote them) and moves each id sequence past them. */
    static int restore(Connection database, JsonNode jobs) throws SQLException {
        int restored = 0;
        Map<String, Long> nextIds = new java.util.LinkedHashMap<>();
        for (String table : TABLES) {
            JsonNode rows = jobs.path(table);
            if (!rows.isArray() || rows.isEmpty()) {
                continue;
            }
            Map<String, Integer> types = columnTypes(database, table);
            long maxId = 0;
            for (JsonNode row : rows) {
                List<String> names = new ArrayList<>();
                for (Iterator<String> fields = row.fieldNames(); fields.hasNext(); ) {
                    String name = fields.next();
                    if (!types.containsKey(name)) {
                        throw new InvalidExport("jobs.json: table " + table + " has no column " + name);
                    }
                    names.add(name);
                }
                String sql = "INSERT INTO " + table + " (" + String.join(", ", names) + ") VALUES ("
                        + String.join(", ", names.stream().map(n -> "?").toList()) + ")";
                try (PreparedStatement insert = database.prepareStatement(sql)) {
                    for (int i = 0; i < names.size(); i++) {
                        bind(insert, i + 1, row.get(names.get(i)), types.get(names.get(i)));
                    }
                    insert.executeUpdate();
                }
                maxId = Math.max(maxId, row.path("id").asLong());
                restored++;
            }
            nextIds.put(table, maxId + 1);
        }
        // New rows follow the restored ones. Last, as H2 commits before a DDL statement: the inserts are then
        // all in or all out.
        for (var next : nextIds.entrySet()) {
            String sequence = SEQUENCES.get(next.getKey());
            try (Statement restart = database.createStatement()) {
                restart.execute(sequence == null
                        ? "ALTER TABLE " + next.getKey() + " ALTER COLUMN id RESTART WITH " + next.getValue()
                        // Hibernate hands out v - 49 … v for a value v: the sequence restarts 50 past the last id
                        : "ALTER SEQUENCE " + sequence + " RESTART WITH " + (next.getValue() + POOL));
            }
        }
        return restored;
    }

    private static void writeValue(JsonGenerator json, ResultSet rows, int column, int type)
            throws SQLException, IOException {
        switch (type) {
            case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE, Types.DATE -> {
                Timestamp time = rows.getTimestamp(column);
                if (time == null) {
                    json.writeNull();
                } else {
                    json.writeString(time.toInstant().toString());
                }
            }
            case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT -> {
                long value = rows.getLong(column);
                if (rows.wasNull()) {
                    json.writeNull();
                } else {
                    json.writeNumber(value);
                }
            }
            case Types.BOOLEAN, Types.BIT -> {
                boolean value = rows.getBoolean(column);
                if (rows.wasNull()) {
                    json.writeNull();
                } else {
                    json.writeBoolean(value);
                }
            }
            default -> json.writeString(rows.getString(column));
        }
    }

    private static void bind(PreparedStatement insert, int index, JsonNode value, int type) throws SQLException {
        if (value == null || value.isNull()) {
            insert.setNull(index, type);
            return;
        }
        try {
            switch (type) {
                case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE, Types.DATE ->
                        insert.setTimestamp(index, Timestamp.from(Instant.parse(value.asText())));
                case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT -> {
                    if (!value.canConvertToLong()) {
                        throw new InvalidExport("jobs.json: " + value + " is not a whole number");
                    }
                    insert.setLong(index, value.asLong());
                }
                case Types.BOOLEAN, Types.BIT -> insert.setBoolean(index, value.asBoolean());
                default -> insert.setString(index, value.asText());
            }
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidExport("jobs.json: " + value + " is not a time");
        }
    }

    private static Map<String, Integer> columnTypes(Connection database, String table) throws SQLException {
        Map<String, Integer> types = new java.util.HashMap<>();
        try (Statement statement = database.createStatement();
             ResultSet none = statement.executeQuery("SELECT * FROM " + table + " WHERE 1 = 0")) {
            ResultSetMetaData columns = none.getMetaData();
            for (int i = 1; i <= columns.getColumnCount(); i++) {
                types.put(columns.getColumnLabel(i).toLowerCase(java.util.Locale.ROOT), columns.getColumnType(i));
            }
        }
        return types;
    }
}
