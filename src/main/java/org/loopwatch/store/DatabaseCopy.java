package org.loopwatch.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.loopwatch.domain.text.Texts;

/**
 * Copies everything of one database into a new one, across engines ({@code copy --to}, SPEC
 * §3.1): groups, rollups, results with their versions, day status, the whole audit log as it
 * was (users, desks, times), event, key dates, settings, alert rules and acknowledgements, keeping every id so that the audit
 * log's references stay right. Values are read and bound through each side's {@link Engine}. The
 * target is written in one transaction: it holds all of it or, after a failure, nothing new.
 */
final class DatabaseCopy {

    private static final Texts TEXT = Texts.of(DatabaseCopy.class);

    /** How a column's values travel between engines. */
    private enum Kind { NUMBER, REAL, TEXT, FLAG, DAY, MOMENT }

    /** Parents before children; the order the rows must arrive in. */
    private static final Map<String, Map<String, Kind>> TABLES = tables();

    private DatabaseCopy() {
    }

    /**
     * @return the number of rows copied per table
     * @throws StoreException {@link StoreException.Problem#ALREADY_EXISTS} when the target holds results or audit rows
     */
    static Map<String, Long> copy(Database source, Database target) {
        if (target.results().count() > 0 || target.audit().count() > 0) {
            String message = TEXT.format("copy.targetNotEmpty", target.location());
            throw target.teamUrl().map(url -> new StoreException(StoreException.Problem.ALREADY_EXISTS, url, message, null, null))
                    .orElseGet(() -> new StoreException(StoreException.Problem.ALREADY_EXISTS, target.file(), message, null));
        }
        Map<String, List<Object[]>> rows = source.session().read(connection -> readAll(source.session().engine(), connection));
        SqlSession into = target.session();
        return into.write(TeamRole.ADMIN, connection -> {
            Engine engine = into.engine();
            try (Statement statement = connection.createStatement()) {
                if (engine == Engine.POSTGRESQL) {
                    // The copied audit rows keep their users: the trigger that stamps the session's user is
                    // off for this transaction only (DDL is transactional), which needs the owner's role.
                    statement.execute("SET LOCAL ROLE " + TeamRole.ADMIN.roleName());
                    statement.execute("ALTER TABLE audit_log DISABLE TRIGGER audit_log_stamp");
                }
                for (String table : new ArrayList<>(TABLES.keySet()).reversed()) {
                    statement.executeUpdate("DELETE FROM " + table); // the new database's default groups and rollups
                }
            }
            Map<String, Long> counts = new LinkedHashMap<>();
            for (Map.Entry<String, Map<String, Kind>> table : TABLES.entrySet()) {
                counts.put(table.getKey(), insertAll(engine, connection, table.getKey(), table.getValue(), rows.get(table.getKey())));
            }
            if (engine == Engine.POSTGRESQL) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("ALTER TABLE audit_log ENABLE TRIGGER audit_log_stamp");
                    for (String table : List.of("groups", "rollups", "daily_results", "audit_log", "key_dates")) {
                        // Identity columns count on from the largest copied id.
                        statement.execute("SELECT setval(pg_get_serial_sequence('" + table + "', 'id'), "
                                + "coalesce((SELECT max(id) FROM " + table + "), 0) + 1, false)");
                    }
                }
            }
            return counts;
        });
    }

    static Map<String, Long> rowCounts(Connection connection) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : TABLES.keySet()) {
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT count(*) FROM " + table)) {
                rows.next();
                counts.put(table, rows.getLong(1));
            }
        }
        return counts;
    }

    private static Map<String, List<Object[]>> readAll(Engine engine, Connection connection) throws SQLException {
        Map<String, List<Object[]>> all = new LinkedHashMap<>();
        for (Map.Entry<String, Map<String, Kind>> table : TABLES.entrySet()) {
            List<Kind> kinds = List.copyOf(table.getValue().values());
            List<Object[]> rows = new ArrayList<>();
            try (Statement statement = connection.createStatement();
                 ResultSet result = statement.executeQuery("SELECT " + String.join(", ", table.getValue().keySet())
                         + " FROM " + table.getKey())) {
                while (result.next()) {
                    Object[] row = new Object[kinds.size()];
                    for (int i = 0; i < row.length; i++) {
                        row[i] = read(engine, result, i + 1, kinds.get(i));
                    }
                    rows.add(row);
                }
            }
            all.put(table.getKey(), rows);
        }
        return all;
    }

    private static long insertAll(Engine engine, Connection connection, String table, Map<String, Kind> columns,
                                  List<Object[]> rows) throws SQLException {
        List<Kind> kinds = List.copyOf(columns.values());
        String marks = String.join(", ", java.util.Collections.nCopies(kinds.size(), "?"));
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + table + " ("
                + String.join(", ", columns.keySet()) + ") VALUES (" + marks + ")")) {
            int pending = 0;
            for (Object[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    bind(engine, insert, i + 1, kinds.get(i), row[i]);
                }
                insert.addBatch();
                if (++pending == 1_000) {
                    insert.executeBatch();
                    pending = 0;
                }
            }
            insert.executeBatch();
        }
        return rows.size();
    }

    private static Object read(Engine engine, ResultSet rows, int column, Kind kind) throws SQLException {
        Object value = switch (kind) {
            case NUMBER -> rows.getLong(column);
            case REAL -> rows.getDouble(column);
            case TEXT -> rows.getString(column);
            case FLAG -> rows.getBoolean(column);
            case DAY -> Engine.date(rows, column);
            case MOMENT -> engine.time(rows, column);
        };
        return rows.wasNull() ? null : value;
    }

    private static void bind(Engine engine, PreparedStatement insert, int index, Kind kind, Object value)
            throws SQLException {
        if (value == null) {
            switch (kind) {
                case DAY -> engine.setDateOrNull(insert, index, null);
                case MOMENT -> insert.setNull(index, engine == Engine.POSTGRESQL ? Types.TIMESTAMP_WITH_TIMEZONE : Types.VARCHAR);
                case NUMBER -> insert.setNull(index, Types.BIGINT);
                case REAL -> insert.setNull(index, Types.DOUBLE);
                case FLAG -> insert.setNull(index, Types.BOOLEAN);
                case TEXT -> insert.setNull(index, Types.VARCHAR);
            }
            return;
        }
        switch (kind) {
            case NUMBER -> insert.setLong(index, (Long) value);
            case REAL -> insert.setDouble(index, (Double) value);
            case TEXT -> insert.setString(index, (String) value);
            case FLAG -> insert.setBoolean(index, (Boolean) value);
            case DAY -> engine.setDate(insert, index, (LocalDate) value);
            case MOMENT -> engine.setTime(insert, index, (java.time.Instant) value);
        }
    }

    private static Map<String, Map<String, Kind>> tables() {
        Map<String, Map<String, Kind>> tables = new LinkedHashMap<>();
        tables.put("groups", columns("id", Kind.NUMBER, "name", Kind.TEXT, "display_order", Kind.NUMBER,
                "colour", Kind.TEXT, "active", Kind.FLAG));
        tables.put("rollups", columns("id", Kind.NUMBER, "name", Kind.TEXT, "all_groups", Kind.FLAG,
                "display_order", Kind.NUMBER));
        tables.put("rollup_members", columns("rollup_id", Kind.NUMBER, "group_id", Kind.NUMBER));
        tables.put("daily_results", columns("id", Kind.NUMBER, "date", Kind.DAY, "group_id", Kind.NUMBER,
                "stage", Kind.TEXT, "tests", Kind.NUMBER, "positives", Kind.NUMBER, "note", Kind.TEXT,
                "updated_at", Kind.MOMENT, "version", Kind.NUMBER));
        tables.put("day_status", columns("date", Kind.DAY, "closed", Kind.FLAG, "closed_at", Kind.MOMENT,
                "closed_by", Kind.TEXT));
        tables.put("audit_log", columns("id", Kind.NUMBER, "at_utc", Kind.MOMENT, "changed_by", Kind.TEXT,
                "desk", Kind.TEXT, "action", Kind.TEXT, "entity", Kind.TEXT, "entity_key", Kind.TEXT,
                "date", Kind.DAY, "group_id", Kind.NUMBER, "stage", Kind.TEXT, "old_value", Kind.TEXT,
                "new_value", Kind.TEXT, "reason", Kind.TEXT));
        tables.put("event", columns("id", Kind.NUMBER, "name", Kind.TEXT, "loop_start", Kind.DAY, "loop_end", Kind.DAY));
        tables.put("key_dates", columns("id", Kind.NUMBER, "date", Kind.DAY, "label", Kind.TEXT));
        tables.put("settings", columns("key", Kind.TEXT, "value", Kind.TEXT));
        tables.put("alert_rules", columns("group_id", Kind.NUMBER, "stage", Kind.TEXT, "alpha", Kind.REAL,
                "min_positives", Kind.NUMBER, "threshold", Kind.REAL));
        tables.put("alert_acknowledgements", columns("date", Kind.DAY, "group_id", Kind.NUMBER, "stage", Kind.TEXT,
                "note", Kind.TEXT, "acknowledged_at", Kind.MOMENT, "acknowledged_by", Kind.TEXT, "desk", Kind.TEXT));
        return tables;
    }

    private static Map<String, Kind> columns(Object... namesAndKinds) {
        Map<String, Kind> columns = new LinkedHashMap<>();
        for (int i = 0; i < namesAndKinds.length; i += 2) {
            columns.put((String) namesAndKinds[i], (Kind) namesAndKinds[i + 1]);
        }
        return columns;
    }
}
