package org.loopwatch.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.loopwatch.domain.DailyResult;
import org.loopwatch.domain.Group;
import org.loopwatch.domain.ResultKey;

/**
 * The body of one batch import, inside the caller's transaction. Stored rows in the batch's date
 * range are read once into memory and the writes go to SQLite in JDBC batches (one native call
 * per thousand rows): the spec wants 100,000 rows imported in about two seconds, audit included.
 *
 * <p>Every row keeps its own audit row (decision record 0008). A replaced row's audit row is
 * written from Java, as it carries the old values; the audit rows of new rows are copied by one
 * {@code INSERT … SELECT} from the rows just inserted ({@link ResultSql#auditInsertedRows}), which saves binding 100,000 × 11 values
 * through JDBC. Both spell the values exactly as {@link AuditValues#of(DailyResult)} does.
 */
final class ResultImporter {

    private static final int CHUNK = 1_000;

    private final Connection connection;
    private final SqlSession session;

    ResultImporter(Connection connection, SqlSession session) {
        this.connection = connection;
        this.session = session;
    }

    ImportResult run(List<DailyResult> results, boolean replaceExisting, String reason, ImportProgress progress)
            throws SQLException {
        if (results.isEmpty()) {
            return new ImportResult(0, 0);
        }
        requireDistinctKeys(results);
        if (reason == null || reason.isBlank()) {
            DailyResultRepository.requireReasonIfClosed(connection, session.engine(),
                    results.stream().map(DailyResult::date).collect(Collectors.toSet()), reason);
        }
        Map<ResultKey, DailyResult> stored = storedRowsInRange(results);
        if (!replaceExisting) {
            // Every conflict at once, so the person can fix the file in one go.
            List<DailyResult> conflicts = results.stream().map(r -> stored.get(r.key())).filter(r -> r != null).toList();
            if (!conflicts.isEmpty()) {
                throw StoreMessages.duplicate(conflicts);
            }
        }
        Engine engine = session.engine();
        Instant now = session.now();
        long lastIdBefore = lastId();
        int inserted = 0;
        int replaced = 0;
        try (PreparedStatement insert = ResultRows.prepareInsert(connection);
             PreparedStatement update = ResultRows.prepareUpdate(connection);
             AuditWriter audit = new AuditWriter(connection, session)) {
            for (DailyResult result : results) {
                DailyResult old = stored.get(result.key());
                if (old == null) {
                    ResultRows.bindInsert(engine, insert, result, now);
                    insert.addBatch();
                    inserted++;
                } else {
                    ResultRows.bindUpdate(engine, update, result, now);
                    update.addBatch();
                    audit.add(AuditDraft.forResult(AuditAction.IMPORT, result.key(),
                            AuditValues.of(old), AuditValues.of(result), reason));
                    replaced++;
                }
                int done = inserted + replaced;
                if (done % CHUNK == 0 || done == results.size()) {
                    insert.executeBatch();
                    update.executeBatch();
                    audit.flush();
                    progress.rowsWritten(done, results.size());
                }
            }
        }
        auditInsertedRows(lastIdBefore, reason);
        return new ImportResult(inserted, replaced);
    }

    /*
     * A table with no rows has nothing to conflict with, replace or leave identical, and the file's
     * keys were checked to be distinct before a row is handed over (the UNIQUE key would refuse a
     * double anyway): each chunk is inserted as it comes, and its audit rows copied right after it.
     * Copying per chunk rather than once at the end lets SQLite build the audit rows while the
     * reader is still reading and checking (the writer waits for it otherwise; decision 0051);
     * the rows, their ids and texts are the same, only a new group's audit row now comes just
     * before the audit rows of the results that first use it.
     */
    ImportResult runIntoEmpty(StreamedRows source, String reason) throws SQLException {
        if (hasRows()) {
            throw new IllegalStateException("daily_results holds rows: import them with run()");
        }
        Engine engine = session.engine();
        Instant now = session.now();
        GroupRepository groups = new GroupRepository(session);
        List<Group> added = new ArrayList<>();
        int inserted = 0;
        String cacheBefore = enlargePageCache(engine);
        try (PreparedStatement insert = ResultRows.prepareInsert(connection);
             PreparedStatement audit = prepareAuditOfInsertedRows(reason)) {
            for (StreamedRows.Chunk chunk = source.next(); chunk != StreamedRows.Chunk.END; chunk = source.next()) {
                for (String name : chunk.newGroups()) {
                    added.add(groups.addWithNextColour(connection, name));
                }
                // The chunk's rows get ids above every id before it (SQLite's rowid rule; a sequence in PostgreSQL).
                long lastIdBefore = lastId();
                for (DailyResult result : chunk.rows()) {
                    ResultRows.bindInsert(engine, insert, withGroupId(result, added), now);
                    insert.addBatch();
                }
                insert.executeBatch();
                audit.setLong(7, lastIdBefore);
                audit.executeUpdate();
                inserted += chunk.rows().size();
            }
        } finally {
            restorePageCache(cacheBefore);
        }
        return new ImportResult(inserted, 0);
    }

    /*
     * SQLite keeps a transaction's changed pages in the page cache (2 MiB by default) and writes them
     * to the WAL early when it is full; a page changed again after that is written again. Rows and
     * their audit rows written in turn keep six B-trees changing, so with the default cache the
     * sqlite3 shell's floor for our schema took 11 % more CPU chunk by chunk than all at the end;
     * with room for the whole transaction (≈ 30 MiB for 100,000 rows) every page is written once,
     * at COMMIT (decision 0051). SQLite takes the memory only as pages are used; reset afterwards.
     */
    private static final String TRANSACTION_SIZED_CACHE = "-65536"; // KiB: 64 MiB at most

    /* Returns the cache size to go back to, or null when there is nothing to change. */
    private String enlargePageCache(Engine engine) throws SQLException {
        if (engine != Engine.SQLITE) {
            return null;
        }
        try (Statement statement = connection.createStatement()) {
            String before = SqliteConnections.pragma(statement, "cache_size");
            statement.execute("PRAGMA cache_size = " + TRANSACTION_SIZED_CACHE);
            return before;
        }
    }

    private void restorePageCache(String before) throws SQLException {
        if (before != null) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("PRAGMA cache_size = " + Long.parseLong(before));
            }
        }
    }

    /* A placeholder id -(i + 1) stands for the i-th group this import added. */
    private static DailyResult withGroupId(DailyResult result, List<Group> added) {
        if (result.groupId() >= 0) {
            return result;
        }
        return new DailyResult(result.date(), added.get((int) -result.groupId() - 1).id(), result.stage(),
                result.tests(), result.positives(), result.note());
    }

    private boolean hasRows() throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT EXISTS (SELECT 1 FROM daily_results)");
             ResultSet rows = query.executeQuery()) {
            rows.next();
            return rows.getBoolean(1);
        }
    }

    private long lastId() throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT coalesce(max(id), 0) FROM daily_results");
             ResultSet rows = query.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /* Selects exactly the rows this import inserted, in order, by their ids (see ResultSql). */
    private void auditInsertedRows(long lastIdBefore, String reason) throws SQLException {
        try (PreparedStatement copy = prepareAuditOfInsertedRows(reason)) {
            copy.setLong(7, lastIdBefore);
            copy.executeUpdate();
        }
    }

    /* The copy of audit rows with every value bound but the last id before the rows (7th). */
    private PreparedStatement prepareAuditOfInsertedRows(String reason) throws SQLException {
        PreparedStatement copy = connection.prepareStatement(ResultSql.auditInsertedRows(session.engine()));
        try {
            session.engine().setTime(copy, 1, session.now());
            copy.setString(2, session.user());
            copy.setString(3, Desk.name());
            copy.setString(4, AuditAction.IMPORT.code());
            copy.setString(5, AuditEntity.DAILY_RESULT.code());
            copy.setString(6, reason == null ? "" : reason.strip());
            return copy;
        } catch (SQLException | RuntimeException failed) {
            copy.close();
            throw failed;
        }
    }

    private Map<ResultKey, DailyResult> storedRowsInRange(List<DailyResult> results) throws SQLException {
        LocalDate first = results.stream().map(DailyResult::date).min(Comparator.naturalOrder()).orElseThrow();
        LocalDate last = results.stream().map(DailyResult::date).max(Comparator.naturalOrder()).orElseThrow();
        Map<ResultKey, DailyResult> stored = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT " + ResultRows.COLUMNS
                + " FROM daily_results WHERE date BETWEEN ? AND ?")) {
            session.engine().setDate(query, 1, first);
            session.engine().setDate(query, 2, last);
            for (DailyResult row : ResultRows.list(query)) {
                stored.put(row.key(), row);
            }
        }
        return stored;
    }

    private static void requireDistinctKeys(List<DailyResult> results) {
        Set<ResultKey> seen = new HashSet<>();
        for (DailyResult result : results) {
            if (!seen.add(result.key())) {
                throw new IllegalArgumentException("the batch holds " + result.key() + " twice; "
                        + "duplicates inside a file must be reported by validation first");
            }
        }
    }
}
