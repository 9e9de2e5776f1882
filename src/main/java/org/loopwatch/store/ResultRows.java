package org.loopwatch.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.loopwatch.domain.DailyResult;
import org.loopwatch.domain.ResultKey;
import org.loopwatch.domain.Stage;

/** SQL for single daily-result rows, shared by the single-row and batch paths. */
final class ResultRows {

    /** In this order: {@link #map} reads them by position. */
    static final String COLUMNS = "date, group_id, stage, tests, positives, note";

    private ResultRows() {
    }

    static PreparedStatement prepareFind(Connection connection) throws SQLException {
        return connection.prepareStatement(
                "SELECT " + COLUMNS + " FROM daily_results WHERE date = ? AND group_id = ? AND stage = ?");
    }

    static PreparedStatement prepareInsert(Connection connection) throws SQLException {
        return connection.prepareStatement("INSERT INTO daily_results (date, group_id, stage, tests, positives, "
                + "note, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)");
    }

    static PreparedStatement prepareUpdate(Connection connection) throws SQLException {
        return connection.prepareStatement("UPDATE daily_results SET tests = ?, positives = ?, note = ?, "
                + "updated_at = ? WHERE date = ? AND group_id = ? AND stage = ?");
    }

    static Optional<DailyResult> find(Engine engine, PreparedStatement find, ResultKey key) throws SQLException {
        engine.setDate(find, 1, key.date());
        find.setLong(2, key.groupId());
        find.setString(3, key.stage().code());
        try (ResultSet rows = find.executeQuery()) {
            return rows.next() ? Optional.of(map(rows)) : Optional.empty();
        }
    }

    static void insert(Engine engine, PreparedStatement insert, DailyResult result, Instant updatedAt)
            throws SQLException {
        bindInsert(engine, insert, result, updatedAt);
        insert.executeUpdate();
    }

    static void bindInsert(Engine engine, PreparedStatement insert, DailyResult result, Instant updatedAt)
            throws SQLException {
        engine.setDate(insert, 1, result.date());
        insert.setLong(2, result.groupId());
        insert.setString(3, result.stage().code());
        insert.setLong(4, result.tests());
        insert.setLong(5, result.positives());
        insert.setString(6, result.note());
        engine.setTime(insert, 7, updatedAt);
    }

    static void update(Engine engine, PreparedStatement update, DailyResult result, Instant updatedAt)
            throws SQLException {
        bindUpdate(engine, update, result, updatedAt);
        update.executeUpdate();
    }

    static void bindUpdate(Engine engine, PreparedStatement update, DailyResult result, Instant updatedAt)
            throws SQLException {
        update.setLong(1, result.tests());
        update.setLong(2, result.positives());
        update.setString(3, result.note());
        engine.setTime(update, 4, updatedAt);
        engine.setDate(update, 5, result.date());
        update.setLong(6, result.groupId());
        update.setString(7, result.stage().code());
    }

    static List<DailyResult> list(PreparedStatement query) throws SQLException {
        List<DailyResult> results = new ArrayList<>();
        try (ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                results.add(map(rows));
            }
        }
        return results;
    }

    /*
     * Called for every stored row when the dashboard loads (58,400 in ten years): columns by
     * position, and dates and stages read without a formatter or a lower-cased copy, as
     * LocalDate.parse alone made a third of the garbage of a start-up (and so of its peak memory).
     */
    static DailyResult map(ResultSet rows) throws SQLException {
        String stage = rows.getString(3);
        return new DailyResult(date(rows.getString(1)), rows.getLong(2), switch (stage) {
            case "arrival" -> Stage.ARRIVAL;
            case "in_loop" -> Stage.IN_LOOP;
            default -> Stage.fromCode(stage).orElseThrow(() -> new SQLException("unknown stage in database: " + stage));
        }, rows.getLong(4), rows.getLong(5), rows.getString(6));
    }

    /* yyyy-MM-dd, as the schema's CHECK keeps it; anything else goes through the strict parser. */
    private static LocalDate date(String text) {
        if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
            int year = number(text, 0, 4);
            int month = number(text, 5, 7);
            int day = number(text, 8, 10);
            if (year >= 0 && month >= 0 && day >= 0) {
                return LocalDate.of(year, month, day);
            }
        }
        return LocalDate.parse(text);
    }

    /* The digits' value, or -1 when a character is not a digit. */
    private static int number(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
