package org.loopwatch.ui.dashboard;

import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import org.loopwatch.domain.DailyResult;
import org.loopwatch.report.chart.ChartInputs;
import org.loopwatch.store.Database;
import org.loopwatch.store.ResultChanges;
import org.loopwatch.ui.DataChanges.ResultChange;

/**
 * The dashboard's loaded data: the latest inputs, whose index follows a saved row without reading
 * every row again (about 130 ms for ten years). The index applies the change to its own figures
 * in a few milliseconds and gives exactly what a fresh load would; no copy of the rows is kept
 * for it (that copy was ≈ 8.5 MB of the desktop app's memory for ten years of data, SPEC §9).
 *
 * <p>Used inside background tasks, which hold the dashboard's lock (the store's thread, and the
 * computation of a save still being written, decision 0062): each step starts from the result of
 * the step before, also when a full reload and a save follow each other closely.
 */
final class DashboardData {

    /*
     * A team database keeps the keys of deleted rows a day (V003.sql); a mark older than this reads
     * everything instead, with a wide margin for a desk's clock and a slow server.
     */
    private static final long MARK_TRUSTED_NANOS = TimeUnit.HOURS.toNanos(1);

    private ChartInputs latest;
    /* On a team database: where reading only the results changed since {@link #latest} starts (decision 0046). */
    private OptionalLong mark = OptionalLong.empty();
    private long markTakenAt;

    /** Reads everything from the database. */
    ChartInputs load(Database database) {
        long takenAt = System.nanoTime();
        OptionalLong taken = database.resultChanges().changeMark(); // before the rows: they hold all before it
        latest = ChartInputs.load(database);
        remember(taken, takenAt);
        return latest;
    }

    /**
     * Reads the results again and keeps groups, rollups, event and settings: after other desks
     * changed results only (one session call, not ten: on a team database each waits for the session
     * behind this desk's own saves). On a team database, reads only the rows changed since the last
     * read and applies them to the index it has (decision 0046: a refresh costs what changed, not
     * the table; equal to reading every row). Reads everything when nothing is loaded yet.
     */
    ChartInputs reloadResults(Database database) {
        if (latest == null) {
            return load(database);
        }
        if (mark.isPresent() && System.nanoTime() - markTakenAt < MARK_TRUSTED_NANOS) {
            long readAt = System.nanoTime();
            ResultChanges changes = database.resultChanges().changesSince(mark.getAsLong());
            if (!changes.rows().isEmpty()) {
                latest = latest.withIndex(latest.index().withAll(changes.rows()));
            }
            mark = OptionalLong.of(changes.mark());
            markTakenAt = readAt;
            return latest;
        }
        long takenAt = System.nanoTime();
        OptionalLong taken = database.resultChanges().changeMark();
        latest = latest.withIndex(database.results().index());
        remember(taken, takenAt);
        return latest;
    }

    private void remember(OptionalLong taken, long takenAt) {
        mark = taken;
        markTakenAt = takenAt;
    }

    /**
     * The inputs one change of a result will lead to, before it is committed: {@link #apply}'s
     * figures, but kept only when {@link #adopt} is told the change was committed. Empty when nothing
     * is loaded yet (then only a read of everything can say).
     */
    java.util.Optional<ChartInputs> foresee(ResultChange change) {
        if (latest == null) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(latest.withIndex(latest.index().with(change.key(), change.now().map(DailyResult::counts))));
    }

    /**
     * Takes {@code next}, foreseen from {@code base}, as the latest inputs once its change was
     * committed; false, changing nothing, when something else was applied meanwhile.
     */
    boolean adopt(ChartInputs base, ChartInputs next) {
        if (latest != base) {
            return false;
        }
        latest = next;
        return true;
    }

    /** The latest inputs; null before the first read. */
    ChartInputs latest() {
        return latest;
    }

    /** The inputs after one committed change of a result; reads everything when nothing is loaded yet. */
    ChartInputs apply(Database database, ResultChange change) {
        if (latest == null) {
            return load(database);
        }
        latest = latest.withIndex(latest.index().with(change.key(), change.now().map(DailyResult::counts)));
        return latest;
    }
}
