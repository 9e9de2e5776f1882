package org.loopwatch.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.Set;

/**
 * An immutable index of daily results for fast sums over any selection and date range.
 *
 * <p>Each (group, stage) cell gets prefix sums of tests and positives per day, and a prefix count
 * of reported days, so that a sum over any inclusive date range costs one subtraction per selected
 * cell, whatever the length of the range. Ten years × 8 groups × 2 stages (≈ 58,000 rows) take
 * about 1.2 MB; building the index
 * takes a few milliseconds.
 *
 * <p>A missing row means "not reported" and is kept apart from a row with 0 tests: see
 * {@link #isReported} and {@link #isComplete}. Dates outside the indexed span hold no data (they
 * add nothing to sums and count as not reported).
 *
 * <p>Thread-safe: nothing changes after construction.
 */
public final class ResultIndex {

    /* Up to this many changes, {@link #withAll} applies them one by one; each copies one cell's running totals. */
    private static final int FEW_CHANGES = 8;

    private static final int STAGES = Stage.values().length;

    private final int rowCount;
    final long firstDay;
    final int days;
    final Map<Long, Integer> groupSlot;
    /** Per cell (group slot × stage): running totals, index 0 = before the first day. */
    final long[][] prefixTests;
    final long[][] prefixPositives;
    final int[][] prefixReported;

    /** Receives one row at a time, as primitives: indexing creates no object per row. */
    @FunctionalInterface
    interface RowSink {
        void accept(long groupId, Stage stage, long epochDay, long tests, long positives);
    }

    /** Some rows, handed over as often as asked (the constructor reads them twice). */
    @FunctionalInterface
    interface Rows {
        void forEach(RowSink sink);
    }

    ResultIndex(Rows rows) {
        groupSlot = new HashMap<>();
        long[] span = {Long.MAX_VALUE, Long.MIN_VALUE};
        int[] count = {0};
        rows.forEach((groupId, stage, day, tests, positives) -> {
            span[0] = Math.min(span[0], day);
            span[1] = Math.max(span[1], day);
            groupSlot.putIfAbsent(groupId, groupSlot.size());
            count[0]++;
        });
        rowCount = count[0];
        firstDay = rowCount == 0 ? 0 : span[0];
        days = rowCount == 0 ? 0 : Math.toIntExact(span[1] - span[0] + 1);
        int cells = groupSlot.size() * STAGES;
        prefixTests = new long[cells][days + 1];
        prefixPositives = new long[cells][days + 1];
        prefixReported = new int[cells][days + 1];
        rows.forEach((groupId, stage, day, tests, positives) -> {
            int cell = cell(groupSlot.get(groupId), stage);
            int at = (int) (day - firstDay) + 1;
            if (prefixReported[cell][at] != 0) {
                throw new IllegalArgumentException("two rows for "
                        + new ResultKey(LocalDate.ofEpochDay(day), groupId, stage));
            }
            // First pass stores per-day values; the prefix pass below accumulates them.
            prefixTests[cell][at] = tests;
            prefixPositives[cell][at] = positives;
            prefixReported[cell][at] = 1;
        });
        for (int cell = 0; cell < cells; cell++) {
            for (int at = 1; at <= days; at++) {
                prefixTests[cell][at] = Math.addExact(prefixTests[cell][at], prefixTests[cell][at - 1]);
                prefixPositives[cell][at] = Math.addExact(prefixPositives[cell][at], prefixPositives[cell][at - 1]);
                prefixReported[cell][at] += prefixReported[cell][at - 1];
            }
        }
    }

    /**
     * Indexes the given rows.
     *
     * @throws IllegalArgumentException when two rows share a (date, group, stage)
     */
    public static ResultIndex of(Collection<DailyResult> results) {
        return new ResultIndex(sink -> {
            for (DailyResult result : results) {
                sink.accept(result.groupId(), result.stage(), result.date().toEpochDay(), result.tests(),
                        result.positives());
            }
        });
    }

    /** Collects rows as numbers, for indexing rows read one by one (see {@link Builder}). */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The index after one row was saved ({@code now} present: added or replaced) or deleted
     * ({@code now} empty): the same as indexing every row after that change anew. It is built
     * from this index's own figures, so whoever holds the index needs no copy of the rows to
     * follow a save (ten years of rows, 58,400, take ≈ 8.5 MB; their index 1.2 MB).
     */
    public ResultIndex with(ResultKey key, Optional<Counts> now) {
        long changedDay = key.date().toEpochDay();
        Integer changedSlot = groupSlot.get(key.groupId());
        boolean inside = changedSlot != null && changedDay >= firstDay && changedDay < firstDay + days
                && (now.isPresent() || (changedDay > firstDay && changedDay < firstDay + days - 1));
        if (inside) {
            // The span stays (a deletion on its first or last day could shrink it): only the changed
            // cell's running totals differ, from the changed day on; every other cell is shared.
            return new ResultIndex(this, cell(changedSlot, key.stage()), (int) (changedDay - firstDay) + 1, now);
        }
        return new ResultIndex(sink -> {
            groupSlot.forEach((groupId, slot) -> {
                for (Stage stage : Stage.values()) {
                    int cell = cell(slot, stage);
                    boolean changedCell = groupId == key.groupId() && stage == key.stage();
                    for (int at = 1; at <= days; at++) {
                        long day = firstDay + at - 1;
                        boolean reported = prefixReported[cell][at] != prefixReported[cell][at - 1];
                        if (reported && !(changedCell && day == changedDay)) {
                            sink.accept(groupId, stage, day, prefixTests[cell][at] - prefixTests[cell][at - 1],
                                    prefixPositives[cell][at] - prefixPositives[cell][at - 1]);
                        }
                    }
                }
            });
            now.ifPresent(counts -> sink.accept(key.groupId(), key.stage(), changedDay, counts.tests(),
                    counts.positives()));
        });
    }

    /**
     * The index after several rows changed ({@code changes}: each key's row as it is now, empty when
     * there is none): the same as indexing every row after those changes anew. A few changes are
     * applied one by one ({@link #with}: the cells they miss stay shared); more are applied in one
     * pass over this index's figures, still without reading any row again.
     */
    public ResultIndex withAll(Map<ResultKey, Optional<Counts>> changes) {
        if (changes.size() <= FEW_CHANGES) {
            ResultIndex index = this;
            for (Map.Entry<ResultKey, Optional<Counts>> change : changes.entrySet()) {
                index = index.with(change.getKey(), change.getValue());
            }
            return index;
        }
        Map<Cell, Set<Long>> changedDays = new HashMap<>();
        changes.keySet().forEach(key -> changedDays.computeIfAbsent(new Cell(key.groupId(), key.stage()), any -> new HashSet<>())
                .add(key.date().toEpochDay()));
        return new ResultIndex(sink -> {
            groupSlot.forEach((groupId, slot) -> {
                for (Stage stage : Stage.values()) {
                    int cell = cell(slot, stage);
                    Set<Long> skipped = changedDays.getOrDefault(new Cell(groupId, stage), Set.of());
                    for (int at = 1; at <= days; at++) {
                        long day = firstDay + at - 1;
                        if (prefixReported[cell][at] != prefixReported[cell][at - 1] && !skipped.contains(day)) {
                            sink.accept(groupId, stage, day, prefixTests[cell][at] - prefixTests[cell][at - 1],
                                    prefixPositives[cell][at] - prefixPositives[cell][at - 1]);
                        }
                    }
                }
            });
            changes.forEach((key, now) -> now.ifPresent(counts -> sink.accept(key.groupId(), key.stage(),
                    key.date().toEpochDay(), counts.tests(), counts.positives())));
        });
    }

    /* This index with one cell's row at {@code at} (1-based day) replaced by {@code now}; the arrays of the other cells shared. */
    private ResultIndex(ResultIndex base, int changedCell, int at, Optional<Counts> now) {
        int[] reported = base.prefixReported[changedCell];
        long[] tests = base.prefixTests[changedCell];
        long[] positives = base.prefixPositives[changedCell];
        boolean was = reported[at] != reported[at - 1];
        long testsDelta = now.map(Counts::tests).orElse(0L) - (was ? tests[at] - tests[at - 1] : 0);
        long positivesDelta = now.map(Counts::positives).orElse(0L) - (was ? positives[at] - positives[at - 1] : 0);
        int reportedDelta = (now.isPresent() ? 1 : 0) - (was ? 1 : 0);
        rowCount = base.rowCount + reportedDelta;
        firstDay = base.firstDay;
        days = base.days;
        groupSlot = base.groupSlot; // never changed after construction
        prefixTests = base.prefixTests.clone();
        prefixPositives = base.prefixPositives.clone();
        prefixReported = base.prefixReported.clone();
        prefixTests[changedCell] = tests.clone();
        prefixPositives[changedCell] = positives.clone();
        prefixReported[changedCell] = reported.clone();
        for (int day = at; day <= days; day++) {
            prefixTests[changedCell][day] = Math.addExact(prefixTests[changedCell][day], testsDelta);
            prefixPositives[changedCell][day] = Math.addExact(prefixPositives[changedCell][day], positivesDelta);
            prefixReported[changedCell][day] += reportedDelta;
        }
    }

    /** One group in one stage: the unit a save changes and a chart's series reads. */
    public record Cell(long groupId, Stage stage) {
    }

    /**
     * The (group, stage) cells whose rows differ between this index and {@code other}: a row added,
     * deleted or changed on any day. A chart series or tile figure that reads none of them is the
     * same over both indexes. Cheap when {@code other} came from this one by {@link #with} (unchanged
     * cells are shared); otherwise it compares every day of both spans (about a millisecond for ten years).
     */
    public Set<Cell> cellsDiffering(ResultIndex other) {
        return CellsDiffering.between(this, other);
    }

    /**
     * As {@link #cellsDiffering}, with every day on which each cell's rows differ: a chart point
     * that reads none of those days of its cells is the same over both indexes (decision 0056).
     */
    public Map<Cell, NavigableSet<LocalDate>> daysDiffering(ResultIndex other) {
        return CellsDiffering.days(this, other);
    }

    /* The 1-based position of {@code day} in the running totals; −1 outside the span. */
    int dayIndex(long day) {
        long offset = day - firstDay;
        return offset < 0 || offset >= days ? -1 : (int) offset + 1;
    }

    /** Number of rows indexed. */
    public int size() {
        return rowCount;
    }

    /**
     * The rows of the given groups and stages from {@code from} to {@code to}, both inclusive, as
     * indexed (without notes), in no particular order: what an export's fingerprint is taken of,
     * without reading the rows from the database a second time.
     */
    public List<DailyResult> rows(Set<Long> groupIds, Set<Stage> stages, LocalDate from, LocalDate to) {
        List<DailyResult> rows = new ArrayList<>();
        int start = clampedStart(from);
        int end = clampedEnd(to);
        groupSlot.forEach((groupId, slot) -> {
            if (!groupIds.contains(groupId)) {
                return;
            }
            for (Stage stage : stages) {
                int cell = cell(slot, stage);
                for (int at = start + 1; at <= end + 1; at++) {
                    if (prefixReported[cell][at] != prefixReported[cell][at - 1]) {
                        rows.add(new DailyResult(LocalDate.ofEpochDay(firstDay + at - 1), groupId, stage,
                                prefixTests[cell][at] - prefixTests[cell][at - 1],
                                prefixPositives[cell][at] - prefixPositives[cell][at - 1], ""));
                    }
                }
            }
        });
        return rows;
    }

    /** The first date with a row; empty when there are no rows. */
    public Optional<LocalDate> firstDate() {
        return days == 0 ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(firstDay));
    }

    /** The last date with a row; empty when there are no rows. */
    public Optional<LocalDate> lastDate() {
        return days == 0 ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(firstDay + days - 1));
    }

    /**
     * Sums tests and positives over the selected cells from {@code from} to {@code to}, both
     * inclusive. Returns {@link Counts#ZERO} when {@code from} is after {@code to}. Unreported
     * cells add nothing; use {@link #isComplete} to know whether all were reported.
     */
    public Counts sum(Selection selection, LocalDate from, LocalDate to) {
        int start = clampedStart(from);
        int end = clampedEnd(to);
        if (start > end) {
            return Counts.ZERO;
        }
        long tests = 0;
        long positives = 0;
        for (long groupId : selection.groupIds()) {
            Integer slot = groupSlot.get(groupId);
            if (slot == null) {
                continue;
            }
            for (Stage stage : selection.stages()) {
                int cell = cell(slot, stage);
                tests = Math.addExact(tests, prefixTests[cell][end + 1] - prefixTests[cell][start]);
                positives = Math.addExact(positives, prefixPositives[cell][end + 1] - prefixPositives[cell][start]);
            }
        }
        return new Counts(tests, positives);
    }

    /** Sums the selected cells on one day. */
    public Counts sum(Selection selection, LocalDate date) {
        return sum(selection, date, date);
    }

    /** True when a row exists for this cell (it may have 0 tests). */
    public boolean isReported(LocalDate date, long groupId, Stage stage) {
        return cell(date, groupId, stage).isPresent();
    }

    /** The counts of one cell; empty when no row was reported (not the same as 0 tests). */
    public Optional<Counts> cell(LocalDate date, long groupId, Stage stage) {
        Integer slot = groupSlot.get(groupId);
        long offset = date.toEpochDay() - firstDay;
        if (slot == null || offset < 0 || offset >= days) {
            return Optional.empty();
        }
        int cell = cell(slot, stage);
        int at = (int) offset + 1;
        if (prefixReported[cell][at] == prefixReported[cell][at - 1]) {
            return Optional.empty();
        }
        return Optional.of(new Counts(prefixTests[cell][at] - prefixTests[cell][at - 1],
                prefixPositives[cell][at] - prefixPositives[cell][at - 1]));
    }

    /**
     * The first date on which {@code groupId} reported a row in any stage. Empty when the group has
     * no row at all.
     */
    public Optional<LocalDate> firstReportedDate(long groupId) {
        Optional<LocalDate> first = Optional.empty();
        for (Stage stage : Stage.values()) {
            Optional<LocalDate> inStage = firstReportedDate(groupId, stage);
            if (inStage.isPresent() && (first.isEmpty() || inStage.get().isBefore(first.get()))) {
                first = inStage;
            }
        }
        return first;
    }

    /**
     * The first date on which {@code groupId} reported a row in {@code stage}: where its reporting
     * of that stage starts (a group whose people never arrive by air never reports arrivals).
     * Empty when the group has no row in that stage.
     */
    public Optional<LocalDate> firstReportedDate(long groupId, Stage stage) {
        Integer slot = groupSlot.get(groupId);
        if (slot == null) {
            return Optional.empty();
        }
        int[] reported = prefixReported[cell(slot, stage)];
        if (reported[days] == 0) {
            return Optional.empty();
        }
        // Running counts never fall: the first day with a row is where the count first leaves 0.
        int low = 1;
        int high = days;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (reported[middle] > 0) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return Optional.of(LocalDate.ofEpochDay(firstDay + low - 1));
    }

    /**
     * True when every selected (group, stage) cell has a row on every day from {@code from} to
     * {@code to} inclusive. An empty selection or an empty range is complete; a selected group
     * without any row, or a day outside the indexed span, is not.
     */
    public boolean isComplete(Selection selection, LocalDate from, LocalDate to) {
        if (selection.isEmpty()) {
            return true;
        }
        for (long groupId : selection.groupIds()) {
            for (Stage stage : selection.stages()) {
                if (!isComplete(groupId, stage, from, to)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** {@link #isComplete(Selection, LocalDate, LocalDate)} of one group in one stage. */
    public boolean isComplete(long groupId, Stage stage, LocalDate from, LocalDate to) {
        long wanted = to.toEpochDay() - from.toEpochDay() + 1;
        if (wanted <= 0) {
            return true;
        }
        int start = clampedStart(from);
        int end = clampedEnd(to);
        Integer slot = groupSlot.get(groupId);
        if (end - start + 1 != wanted || slot == null) {
            return false;
        }
        int cell = cell(slot, stage);
        return prefixReported[cell][end + 1] - prefixReported[cell][start] == wanted;
    }

    /** {@link ResultIndexBuilder} under the name its callers know. */
    public static final class Builder extends ResultIndexBuilder {

        private Builder() {
        }
    }

    static int cell(int slot, Stage stage) {
        return slot * STAGES + stage.ordinal();
    }

    /** Day offset of {@code from}, moved forward into the indexed span. */
    int clampedStart(LocalDate from) {
        return (int) Math.max(0, Math.min(days, from.toEpochDay() - firstDay));
    }

    /** Day offset of {@code to}, moved back into the indexed span; −1 when before it. */
    int clampedEnd(LocalDate to) {
        return (int) Math.max(-1, Math.min(days - 1L, to.toEpochDay() - firstDay));
    }
}
