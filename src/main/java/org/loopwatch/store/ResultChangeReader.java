package org.loopwatch.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.loopwatch.domain.Counts;
import org.loopwatch.domain.ResultKey;
import org.loopwatch.domain.Stage;

/**
 * Reads what other desks changed in the results of a team database since this desk's last read
 * (decision 0046): a mark of where the read starts, then the rows written and the keys deleted
 * since (deleted keys are kept a day, V003.sql). Apart from {@link DailyResultRepository}, which
 * reads and writes rows, because only a team database has changes to read and its SQL (snapshot
 * marks, {@code deleted_results}) is PostgreSQL's alone; callers apply the answer to their index
 * with {@link org.loopwatch.domain.ResultIndex#withAll}.
 */
public final class ResultChangeReader {

    private final SqlSession session;

    ResultChangeReader(SqlSession session) {
        this.session = session;
    }

    /**
     * Where a later {@link #changesSince} starts, to be read <em>before</em> the rows it goes with
     * (a {@link DailyResultRepository#index} read after it holds everything before the mark); empty on a database file,
     * which no other desk writes.
     */
    public OptionalLong changeMark() {
        if (session.engine() != Engine.POSTGRESQL) {
            return OptionalLong.empty();
        }
        return session.read(connection -> OptionalLong.of(readMark(connection)));
    }

    /**
     * The results written or deleted since {@code mark} (decision 0046): what a desk reads after
     * other desks' saves instead of every row. Rows written by transactions still running at the
     * mark are read again, so one that committed late is not missed.
     *
     * @throws IllegalStateException on a database file (see {@link #changeMark})
     */
    public ResultChanges changesSince(long mark) {
        if (session.engine() != Engine.POSTGRESQL) {
            throw new IllegalStateException("changes are read on team databases only");
        }
        return session.read(connection -> {
            long next = readMark(connection);
            Map<ResultKey, Optional<Counts>> rows = new HashMap<>();
            try (PreparedStatement query = connection.prepareStatement(ResultSql.CHANGES_SINCE)) {
                query.setString(1, Long.toUnsignedString(mark));
                query.setString(2, Long.toUnsignedString(mark));
                try (ResultSet changed = query.executeQuery()) {
                    while (changed.next()) {
                        ResultKey key = new ResultKey(LocalDate.ofEpochDay(changed.getLong(1)), changed.getLong(2),
                                changed.getInt(3) == 1 ? Stage.IN_LOOP : Stage.ARRIVAL);
                        long tests = changed.getLong(4);
                        if (!changed.wasNull()) {
                            rows.put(key, Optional.of(new Counts(tests, changed.getLong(5))));
                        } else {
                            rows.putIfAbsent(key, Optional.empty()); // a row there now wins over its deletion
                        }
                    }
                }
            }
            return new ResultChanges(rows, next);
        });
    }

    private static long readMark(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(ResultSql.CHANGE_MARK);
             ResultSet mark = query.executeQuery()) {
            mark.next();
            return Long.parseUnsignedLong(mark.getString(1));
        }
    }
}
