package org.loopwatch.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.loopwatch.domain.DailyResult;
import org.loopwatch.domain.Group;
import org.loopwatch.domain.ResultIndex;
import org.loopwatch.domain.ResultKey;
import org.loopwatch.domain.Stage;

/**
 * Daily results: at most one per (date, group, stage). Every change writes an audit row in the
 * same transaction. A change to a closed day needs a non-blank reason, else
 * {@link ReasonRequiredException} and nothing is written.
 *
 * <p>Bulk writes for CSV import: {@link #importAll}.
 */
public final class DailyResultRepository {

    private final SqlSession session;

    DailyResultRepository(SqlSession session) {
        this.session = session;
    }

    public Optional<DailyResult> find(ResultKey key) {
        return session.read(connection -> {
            try (PreparedStatement find = ResultRows.prepareFind(connection)) {
                return ResultRows.find(session.engine(), find, key);
            }
        });
    }

    /** The stored result with its version, for a later {@link #replace(DailyResult, long, String)}. */
    public Optional<VersionedResult> findVersioned(ResultKey key) {
        return session.read(connection -> {
            try (PreparedStatement find = ResultRows.prepareFindVersioned(connection)) {
                return ResultRows.findVersioned(session.engine(), find, key);
            }
        });
    }

    /** Results with {@code from ≤ date ≤ to}, ordered by date, group, stage. */
    public List<DailyResult> findBetween(LocalDate from, LocalDate to) {
        return session.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT " + ResultRows.COLUMNS
                    + " FROM daily_results WHERE date BETWEEN ? AND ? ORDER BY date, group_id, stage")) {
                session.engine().setDate(query, 1, from);
                session.engine().setDate(query, 2, to);
                return ResultRows.list(query);
            }
        });
    }

    /** Every result with its version, ordered by date, group, stage: for screens that edit what they list. */
    public List<VersionedResult> findAllVersioned() {
        return session.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT " + ResultRows.COLUMNS
                    + ", version FROM daily_results ORDER BY date, group_id, stage");
                 ResultSet rows = query.executeQuery()) {
                List<VersionedResult> found = new ArrayList<>();
                while (rows.next()) {
                    found.add(new VersionedResult(ResultRows.map(rows), rows.getLong(7)));
                }
                return found;
            }
        });
    }

    /** Every result, ordered by date, group, stage. */
    public List<DailyResult> findAll() {
        return session.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT " + ResultRows.COLUMNS
                    + " FROM daily_results ORDER BY date, group_id, stage")) {
                return ResultRows.list(query);
            }
        });
    }

    /**
     * Every result, indexed. Reads only numbers: the day as an epoch day (a date that is no calendar
     * day, such as 30 February, is refused), the stage as 0 or 1 (the schema allows just the two).
     * Reading ten years (58,400 rows) so makes no object per row; the desktop app does it at every
     * start. From a file the rows come joined by SQLite in one text ({@link PackedIndexRows}).
     */
    public ResultIndex index() {
        return session.read(connection -> session.engine() == Engine.SQLITE ? packedIndex(connection)
                : rowByRowIndex(connection));
    }

    private static ResultIndex packedIndex(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(PackedIndexRows.SQL);
             ResultSet all = query.executeQuery()) {
            return PackedIndexRows.addAll(all.next() ? all.getString(1) : null, ResultIndex.builder()).build();
        }
    }

    private static ResultIndex rowByRowIndex(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(ResultSql.TEAM_INDEX);
             ResultSet rows = query.executeQuery()) {
            ResultIndex.Builder index = ResultIndex.builder();
            while (rows.next()) {
                index.add(rows.getLong(2), rows.getInt(3) == 1 ? Stage.IN_LOOP : Stage.ARRIVAL, rows.getLong(1),
                        rows.getLong(4), rows.getLong(5));
            }
            return index.build();
        }
    }

    /** The first and last date with any result; empty when there are none. */
    public Optional<DateRange> dateRange() {
        return session.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT min(date), max(date) FROM daily_results");
                 ResultSet rows = query.executeQuery()) {
                rows.next();
                String first = rows.getString(1);
                return first == null ? Optional.empty()
                        : Optional.of(new DateRange(LocalDate.parse(first), LocalDate.parse(rows.getString(2))));
            }
        });
    }

    /** The number of stored results. */
    public long count() {
        return session.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT count(*) FROM daily_results");
                 ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        });
    }

    /** True when no result is stored (without counting them all). */
    public boolean isEmpty() {
        return session.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT NOT EXISTS (SELECT 1 FROM daily_results)");
                 ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getBoolean(1);
            }
        });
    }

    /** Inserts a result on an open day; see {@link #insert(DailyResult, String)}. */
    public DailyResult insert(DailyResult result) {
        return insert(result, "");
    }

    /**
     * Inserts a new result.
     *
     * @param reason why; required (non-blank) when the day is closed
     * @throws DuplicateEntryException carrying the stored row when the key exists: offer replace or cancel
     * @throws ReasonRequiredException when the day is closed and no reason was given
     */
    public DailyResult insert(DailyResult result, String reason) {
        return session.write(TeamRole.ENTRY, connection -> {
            requireReasonIfClosed(connection, session.engine(), Set.of(result.date()), reason);
            try (PreparedStatement find = ResultRows.prepareFind(connection);
                 PreparedStatement insert = ResultRows.prepareInsert(connection);
                 AuditWriter audit = new AuditWriter(connection, session)) {
                Optional<DailyResult> existing = ResultRows.find(session.engine(), find, result.key());
                if (existing.isPresent()) {
                    throw StoreMessages.duplicate(List.of(existing.get()));
                }
                ResultRows.insert(session.engine(), insert, result, session.now());
                audit.write(AuditDraft.forResult(AuditAction.INSERT, result.key(), null, AuditValues.of(result), reason));
                return result;
            }
        });
    }

    /**
     * Replaces the stored result with the same key.
     *
     * @param reason why; required (non-blank) when the day is closed
     * @return the result as it was before
     * @throws NoSuchItemException when there is no result with that key
     */
    public DailyResult replace(DailyResult result, String reason) {
        return session.write(TeamRole.ENTRY, connection -> {
            requireReasonIfClosed(connection, session.engine(), Set.of(result.date()), reason);
            try (PreparedStatement find = ResultRows.prepareFind(connection);
                 PreparedStatement update = ResultRows.prepareUpdate(connection);
                 AuditWriter audit = new AuditWriter(connection, session)) {
                DailyResult old = ResultRows.find(session.engine(), find, result.key())
                        .orElseThrow(() -> noSuchResult(result.key()));
                ResultRows.update(session.engine(), update, result, session.now());
                audit.write(AuditDraft.forResult(AuditAction.UPDATE, result.key(), AuditValues.of(old),
                        AuditValues.of(result), reason));
                return old;
            }
        });
    }

    /**
     * Replaces the stored result with the same key only if it is still at {@code expectedVersion}
     * (as read with {@link #findVersioned}): no lost update when another desk saved it meanwhile.
     * A refused save is recorded in the audit log ({@link AuditAction#REFUSED_STALE}).
     *
     * @param reason why; required (non-blank) when the day is closed
     * @return the result as stored now, with its new version
     * @throws ConcurrentChangeException carrying both values when the row changed or was deleted meanwhile
     */
    public VersionedResult replace(DailyResult result, long expectedVersion, String reason) {
        try {
            return session.write(TeamRole.ENTRY, connection -> {
                requireReasonIfClosed(connection, session.engine(), Set.of(result.date()), reason);
                try (PreparedStatement find = ResultRows.prepareFindVersioned(connection);
                     PreparedStatement update = ResultRows.prepareUpdateOfVersion(connection)) {
                    ResultRows.bindUpdate(session.engine(), update, result, session.now());
                    update.setLong(8, expectedVersion);
                    Optional<VersionedResult> before = ResultRows.findVersioned(session.engine(), find, result.key());
                    if (before.isEmpty() || update.executeUpdate() == 0) {
                        throw StoreMessages.changedMeanwhile(result, before.orElse(null));
                    }
                    AuditWriter.write(connection, session, AuditDraft.forResult(AuditAction.UPDATE, result.key(),
                            AuditValues.of(before.get().result()), AuditValues.of(result), reason));
                    return ResultRows.findVersioned(session.engine(), find, result.key()).orElseThrow();
                }
            });
        } catch (ConcurrentChangeException refused) {
            session.write(TeamRole.ENTRY, connection -> {
                AuditWriter.write(connection, session, AuditDraft.forResult(AuditAction.REFUSED_STALE, result.key(),
                        refused.stored().map(stored -> AuditValues.of(stored.result())).orElse(null),
                        AuditValues.of(result), reason));
                return null;
            });
            throw refused;
        }
    }

    /**
     * Deletes the result only if it is still at {@code expectedVersion} (as read with
     * {@link #findVersioned}), so a row another desk changed meanwhile is not deleted unseen. A
     * refused delete is recorded in the audit log ({@link AuditAction#REFUSED_STALE}).
     *
     * @param reason why; required (non-blank) when the day is closed
     * @return the deleted result
     * @throws ConcurrentChangeException when the row changed or was deleted meanwhile ({@code attempted()}
     *                                   is the row as read, {@code stored()} what is there now)
     */
    public DailyResult delete(VersionedResult read, String reason) {
        DailyResult row = read.result();
        try {
            return session.write(TeamRole.ENTRY, connection -> {
                requireReasonIfClosed(connection, session.engine(), Set.of(row.date()), reason);
                Optional<VersionedResult> before;
                try (PreparedStatement find = ResultRows.prepareFindVersioned(connection)) {
                    before = ResultRows.findVersioned(session.engine(), find, row.key());
                }
                int deleted;
                try (PreparedStatement delete = connection.prepareStatement(
                        "DELETE FROM daily_results WHERE date = ? AND group_id = ? AND stage = ? AND version = ?")) {
                    session.engine().setDate(delete, 1, row.date());
                    delete.setLong(2, row.groupId());
                    delete.setString(3, row.stage().code());
                    delete.setLong(4, read.version());
                    deleted = delete.executeUpdate();
                }
                if (before.isEmpty() || deleted == 0) {
                    throw StoreMessages.changedBeforeDelete(row, before.orElse(null));
                }
                AuditWriter.write(connection, session,
                        AuditDraft.forResult(AuditAction.DELETE, row.key(), AuditValues.of(before.get().result()), null, reason));
                return before.get().result();
            });
        } catch (ConcurrentChangeException refused) {
            session.write(TeamRole.ENTRY, connection -> {
                AuditWriter.write(connection, session, AuditDraft.forResult(AuditAction.REFUSED_STALE, row.key(),
                        refused.stored().map(stored -> AuditValues.of(stored.result())).orElse(null), null, reason));
                return null;
            });
            throw refused;
        }
    }

    /**
     * Deletes a result, so the cell reads "not reported" again.
     *
     * @param reason why; required (non-blank) when the day is closed
     * @return the deleted result
     * @throws NoSuchItemException when there is no result with that key
     */
    public DailyResult delete(ResultKey key, String reason) {
        return session.write(TeamRole.ENTRY, connection -> {
            requireReasonIfClosed(connection, session.engine(), Set.of(key.date()), reason);
            DailyResult old;
            try (PreparedStatement find = ResultRows.prepareFind(connection)) {
                old = ResultRows.find(session.engine(), find, key).orElseThrow(() -> noSuchResult(key));
            }
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM daily_results WHERE date = ? AND group_id = ? AND stage = ?")) {
                session.engine().setDate(delete, 1, key.date());
                delete.setLong(2, key.groupId());
                delete.setString(3, key.stage().code());
                delete.executeUpdate();
            }
            AuditWriter.write(connection, session,
                    AuditDraft.forResult(AuditAction.DELETE, key, AuditValues.of(old), null, reason));
            return old;
        });
    }

    /**
     * Writes many results and their audit rows in one transaction, for CSV import: either every
     * row is saved or none is.
     *
     * @param results         rows with distinct keys (duplicates inside the input are the caller's
     *                        validation error: {@link IllegalArgumentException})
     * @param replaceExisting when false, any stored row with the same key refuses the whole batch
     * @param reason          recorded with every row (e.g. "import of results.csv"); must be
     *                        non-blank when any row falls on a closed day
     * @param progress        told the number of rows written so far, every 1,000 rows and at the end
     * @throws DuplicateEntryException listing every stored row that collides, when not replacing
     * @throws ReasonRequiredException when rows fall on closed days and the reason is blank
     */
    public ImportResult importAll(List<DailyResult> results, boolean replaceExisting, String reason,
                                  ImportProgress progress) {
        return session.write(TeamRole.ENTRY, connection -> new ResultImporter(connection, session)
                .run(results, replaceExisting, reason, progress));
    }

    /**
     * {@link #importAll(List, boolean, String, ImportProgress)} that first adds new groups, in the
     * same transaction: a refused, failed or cancelled import leaves no new group behind.
     *
     * @param newGroupNames groups to add (audited), in this order, each with the next Okabe–Ito colour
     * @param resultsFor    builds the rows to write from the groups just added (same order as
     *                      {@code newGroupNames}), so rows can refer to their new ids
     * @throws NameTakenException when one of the names exists already
     */
    public ImportResult importAll(List<String> newGroupNames, Function<List<Group>, List<DailyResult>> resultsFor,
                                  boolean replaceExisting, String reason, ImportProgress progress) {
        return session.write(TeamRole.ADMIN, connection -> {
            GroupRepository groups = new GroupRepository(session);
            List<Group> added = new ArrayList<>();
            for (String name : newGroupNames) {
                added.add(groups.addWithNextColour(connection, name));
            }
            return new ResultImporter(connection, session)
                    .run(resultsFor.apply(List.copyOf(added)), replaceExisting, reason, progress);
        });
    }

    /**
     * Imports rows into a table that holds no result yet, writing each chunk as soon as it is
     * handed over (decision 0043): the same rows, new groups and audit rows as
     * {@link #importAll(List, Function, boolean, String, ImportProgress)} in one transaction, which
     * a throwing {@link StreamedRows#next()} rolls back. Call it on a thread of its own, with no
     * other use of this database meanwhile.
     *
     * @param reason the audit reason of every row, not blank
     * @throws IllegalStateException when the table holds rows (nothing is written)
     */
    public ImportResult importIntoEmpty(StreamedRows rows, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("an import into an empty table needs an audit reason");
        }
        return session.write(TeamRole.ADMIN, connection -> new ResultImporter(connection, session)
                .runIntoEmpty(rows, reason));
    }

    static void requireReasonIfClosed(Connection connection, Engine engine, Set<LocalDate> dates, String reason)
            throws SQLException {
        if (reason != null && !reason.isBlank()) {
            return;
        }
        Set<LocalDate> closed = new TreeSet<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT 1 FROM day_status WHERE date = ? AND closed")) {
            for (LocalDate date : dates) {
                engine.setDate(query, 1, date);
                try (ResultSet rows = query.executeQuery()) {
                    if (rows.next()) {
                        closed.add(date);
                    }
                }
            }
        }
        if (!closed.isEmpty()) {
            throw StoreMessages.reasonRequired(List.copyOf(closed));
        }
    }

    private static NoSuchItemException noSuchResult(ResultKey key) {
        return StoreMessages.noSuch("result", key.date(), Long.toString(key.groupId()), key.stage().code());
    }
}
