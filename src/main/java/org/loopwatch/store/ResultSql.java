package org.loopwatch.store;

/**
 * The SQL of daily results that differs between engines; the rest of {@link DailyResultRepository},
 * {@link ResultRows} and {@link ResultImporter} is written once for all of them.
 */
final class ResultSql {

    private ResultSql() {
    }

    /*
     * Team databases (schema 3, decision 0046): the oldest transaction still running, as a number.
     * Every transaction before it has ended, so a statement run after this one sees all it wrote.
     */
    static final String CHANGE_MARK = "SELECT pg_snapshot_xmin(pg_current_snapshot())::text";

    /*
     * The rows written, and the keys of rows deleted, by transactions from a mark on, in one
     * statement (one snapshot: a row and its deletion cannot be seen half). Columns as in
     * {@link #index}; a deleted key has null counts.
     */
    static final String CHANGES_SINCE = "SELECT date - DATE '1970-01-01', group_id, "
            + "CASE WHEN stage = 'in_loop' THEN 1 ELSE 0 END, tests, positives FROM daily_results WHERE change_xid >= ?::xid8 "
            + "UNION ALL SELECT date - DATE '1970-01-01', group_id, "
            + "CASE WHEN stage = 'in_loop' THEN 1 ELSE 0 END, NULL, NULL FROM deleted_results WHERE change_xid >= ?::xid8";

    /**
     * Every result of a team database as numbers, for {@link DailyResultRepository#index()}: the
     * epoch day (a date column holds only real days; date minus date is a number of days), group id,
     * 1 for in-loop, tests, positives. A file's results are read joined in one text instead
     * ({@link PackedIndexRows}).
     */
    static final String TEAM_INDEX = "SELECT date - DATE '1970-01-01', group_id, "
            + "CASE WHEN stage = 'in_loop' THEN 1 ELSE 0 END, tests, positives FROM daily_results";

    /**
     * Copies the rows an import just inserted into the audit log (decision record 0008). Parameters:
     * time, user, desk, action, entity, reason, the largest id before the import.
     */
    static String auditInsertedRows(Engine engine) {
        return switch (engine) {
            // New rows get ids above the largest id before the import (SQLite's rowid rule; the write
            // lock taken at BEGIN IMMEDIATE keeps every other writer out).
            case SQLITE -> "INSERT INTO audit_log (at_utc, changed_by, desk, action, entity, entity_key, date, "
                    + "group_id, stage, old_value, new_value, reason) SELECT ?, ?, ?, ?, ?, '', date, group_id, stage, NULL, "
                    + resultJson(engine) + ", ? FROM daily_results WHERE id > ? ORDER BY id";
            // Other desks insert at the same time, and a row of theirs may get a larger id and commit
            // first: only rows written by this very transaction (xmin) are this import's.
            case POSTGRESQL -> "INSERT INTO audit_log (at_utc, changed_by, desk, action, entity, entity_key, date, "
                    + "group_id, stage, old_value, new_value, reason) SELECT ?, ?, ?, ?, ?, '', date, group_id, stage, "
                    + "NULL, " + resultJson(engine) + ", ? FROM daily_results WHERE id > ? "
                    + "AND xmin::text = (pg_current_xact_id()::text::bigint % 4294967296)::text ORDER BY id";
        };
    }

    /**
     * The same text as {@link AuditValues#of(org.loopwatch.domain.DailyResult)}, computed by the
     * database from a {@code daily_results} row ({@code json_quote} escapes exactly as
     * {@link AuditValues} does; {@code ResultImportTest} holds the two to the same text).
     */
    static String resultJson(Engine engine) {
        return switch (engine) {
            case SQLITE -> "'{\"tests\": ' || tests || ', \"positives\": ' || positives || ', \"note\": ' "
                    + "|| json_quote(note) || '}'";
            case POSTGRESQL -> "'{\"tests\": ' || tests || ', \"positives\": ' || positives || ', \"note\": ' "
                    + "|| to_json(note)::text || '}'";
        };
    }
}
