package org.loopwatch.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The database engines LoopWatch stores into, and how each spells the values whose column types
 * differ: SQLite keeps dates and times as text (ISO dates; UTC times with milliseconds and 'Z',
 * of fixed width so that they sort as text). Dates are read back with {@code getString} on every
 * engine (ISO text either way). Flags are bound with {@code setBoolean} and read with
 * {@code getBoolean}, which SQLite maps to 1 and 0.
 *
 * <p>SQL text that differs between engines lives in one place per repository (e.g.
 * {@link ResultSql}); everything else is written once in the SQL both engines read.
 */
enum Engine {

    SQLITE {
        @Override
        void setDate(PreparedStatement statement, int index, LocalDate date) throws SQLException {
            statement.setString(index, date.toString());
        }

        @Override
        void setTime(PreparedStatement statement, int index, Instant time) throws SQLException {
            statement.setString(index, AuditWriter.format(time));
        }

        @Override
        Instant time(ResultSet rows, int column) throws SQLException {
            String text = rows.getString(column);
            return text == null ? null : Instant.parse(text);
        }
    };

    /** Binds a calendar date. */
    abstract void setDate(PreparedStatement statement, int index, LocalDate date) throws SQLException;

    /** Binds a date or SQL NULL. */
    void setDateOrNull(PreparedStatement statement, int index, LocalDate date) throws SQLException {
        if (date == null) {
            statement.setNull(index, java.sql.Types.VARCHAR);
        } else {
            setDate(statement, index, date);
        }
    }

    /** Binds a moment (audit times, update and closing times), to the millisecond. */
    abstract void setTime(PreparedStatement statement, int index, Instant time) throws SQLException;

    /** Reads a moment bound with {@link #setTime}; null for SQL NULL. */
    abstract Instant time(ResultSet rows, int column) throws SQLException;

    /** Reads a date column; null for SQL NULL. */
    static LocalDate date(ResultSet rows, int column) throws SQLException {
        String text = rows.getString(column);
        return text == null ? null : LocalDate.parse(text);
    }
}
