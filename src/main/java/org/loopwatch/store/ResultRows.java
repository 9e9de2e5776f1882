package org.loopwatch.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.loopwatch.domain.DailyResult;
import org.loopwatch.domain.ResultKey;
import org.loopwatch.domain.Stage;

/** SQL for single daily-result rows, shared by the single-row and batch paths. */
final class ResultRows {

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

    static Optional<DailyResult> find(PreparedStatement find, ResultKey key) throws SQLException {
        find.setString(1, key.date().toString());
        find.setLong(2, key.groupId());
        find.setString(3, key.stage().code());
        try (ResultSet rows = find.executeQuery()) {
            return rows.next() ? Optional.of(map(rows)) : Optional.empty();
        }
    }

    static void insert(PreparedStatement insert, DailyResult result, String updatedAt) throws SQLException {
        bindInsert(insert, result, updatedAt);
        insert.executeUpdate();
    }

    static void bindInsert(PreparedStatement insert, DailyResult result, String updatedAt) throws SQLException {
        insert.setString(1, result.date().toString());
        insert.setLong(2, result.groupId());
        insert.setString(3, result.stage().code());
        insert.setLong(4, result.tests());
        insert.setLong(5, result.positives());
        insert.setString(6, result.note());
        insert.setString(7, updatedAt);
    }

    static void update(PreparedStatement update, DailyResult result, String updatedAt) throws SQLException {
        bindUpdate(update, result, updatedAt);
        update.executeUpdate();
    }

    static void bindUpdate(PreparedStatement update, DailyResult result, String updatedAt) throws SQLException {
        update.setLong(1, result.tests());
        update.setLong(2, result.positives());
        update.setString(3, result.note());
        update.setString(4, updatedAt);
        update.setString(5, result.date().toString());
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

    static DailyResult map(ResultSet rows) throws SQLException {
        String stage = rows.getString("stage");
        return new DailyResult(LocalDate.parse(rows.getString("date")), rows.getLong("group_id"),
                Stage.fromCode(stage).orElseThrow(() -> new SQLException("unknown stage in database: " + stage)),
                rows.getLong("tests"), rows.getLong("positives"), rows.getString("note"));
    }
}
