package org.loopwatch.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the rows that were due but not reported (SPEC §2, Reporting completeness): a group is
 * due to report a stage from the later of the loop start and its first result <em>in that
 * stage</em>, up to today, while it is active (decision 0028). Inactive groups, and a group in a
 * stage it never reported (e.g. arrivals of a group recruited inside the loop), are never due.
 * Tiles, briefing, {@code summary} and the daily statement read it through
 * {@link PeriodSummaryCalculator}; charts ask {@link #isComplete} for each point (a rolling window,
 * a day, a week), so their open dots and "not fully reported" words agree with the tiles. Not
 * thread-safe (it caches each cell's first result): one instance per computation.
 */
public final class ReportingCompleteness {

    private static final Stage[] STAGES = Stage.values();

    private final ResultIndex index;
    private final Map<Long, Group> groups = new HashMap<>();
    private final Optional<LocalDate> loopStart;
    private final LocalDate today;
    private final Map<Cell, Optional<LocalDate>> firstResults = new HashMap<>();

    /** A (group, stage) whatever the day: its first result does not depend on the range asked. */
    private record Cell(long groupId, Stage stage) {

        // Written out, as ResultKey's and for the same reason (decision 0081): looked up for each
        // point of each chart line, and the generated ones were linked at every start and ran slowly in C1.
        @Override
        public boolean equals(Object other) {
            return other instanceof Cell cell && groupId == cell.groupId && stage == cell.stage;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(groupId) * 31 + stage.ordinal();
        }
    }

    /**
     * @param allGroups every group, with its active flag (inactive groups are never due)
     * @param loopStart the event's loop start; empty when none is saved (then each cell is due from
     *                  its first result)
     * @param today     the last day that can be due; later days never are
     */
    public ReportingCompleteness(ResultIndex index, List<Group> allGroups, Optional<LocalDate> loopStart,
                                 LocalDate today) {
        this.index = index;
        allGroups.forEach(group -> groups.put(group.id(), group));
        this.loopStart = loopStart;
        this.today = today;
    }

    /** Missing rows of the selection from {@code from} to {@code to}, both inclusive. */
    Completeness of(Selection selection, LocalDate from, LocalDate to) {
        LocalDate end = to.isAfter(today) ? today : to;
        LocalDate dueFrom = null;
        BitSet missingDays = new BitSet();
        List<ReportGap> gaps = new ArrayList<>();
        List<Group> due = selection.groupIds().stream().map(groups::get)
                .filter(group -> group != null && group.active())
                .sorted(Comparator.comparingInt(Group::displayOrder).thenComparing(Group::name)).toList();
        for (Group group : due) {
            for (Stage stage : selection.orderedStages()) {
                Optional<LocalDate> start = dueStart(group, stage, from);
                if (start.isEmpty() || start.get().isAfter(end)) {
                    continue;
                }
                dueFrom = dueFrom == null || start.get().isBefore(dueFrom) ? start.get() : dueFrom;
                addGaps(group, stage, start.get(), end, from, missingDays, gaps);
            }
        }
        if (dueFrom == null) {
            return Completeness.NOTHING_DUE;
        }
        int dueDays = Math.toIntExact(end.toEpochDay() - dueFrom.toEpochDay() + 1);
        return new Completeness(Optional.of(dueFrom), dueDays, missingDays.cardinality(), gaps);
    }

    /**
     * True when every due (group, stage) of the selection has a row on each of its due days from
     * {@code from} to {@code to} inclusive: days before a cell's due start, after today, and cells
     * of inactive groups or never reported stages count as complete. The quick form of
     * {@link #of} (no gaps listed), for a chart's every point.
     */
    public boolean isComplete(Selection selection, LocalDate from, LocalDate to) {
        LocalDate end = to.isAfter(today) ? today : to;
        if (end.isBefore(from)) {
            return true;
        }
        // Cell by cell without building a selection for each: asked for each point of each chart line.
        for (long groupId : selection.groupIds()) {
            Group group = groups.get(groupId);
            if (group == null || !group.active()) {
                continue;
            }
            for (Stage stage : STAGES) {
                if (!selection.stages().contains(stage)) {
                    continue;
                }
                Optional<LocalDate> start = dueStart(group, stage, from);
                if (start.isPresent() && !start.get().isAfter(end)
                        && !index.isComplete(groupId, stage, start.get(), end)) {
                    return false;
                }
            }
        }
        return true;
    }

    private Optional<LocalDate> dueStart(Group group, Stage stage, LocalDate from) {
        Optional<LocalDate> firstResult = firstResults.computeIfAbsent(new Cell(group.id(), stage),
                cell -> index.firstReportedDate(cell.groupId(), cell.stage()));
        if (firstResult.isEmpty()) {
            return Optional.empty();
        }
        LocalDate start = later(from, firstResult.get());
        return Optional.of(loopStart.isPresent() ? later(start, loopStart.get()) : start);
    }

    private void addGaps(Group group, Stage stage, LocalDate start, LocalDate end, LocalDate rangeFrom,
                         BitSet missingDays, List<ReportGap> gaps) {
        Selection cell = Selection.ofCell(group.id(), stage);
        if (index.isComplete(cell, start, end)) {
            return;
        }
        LocalDate runStart = null;
        for (LocalDate date = start; !date.isAfter(end); date = date.plusDays(1)) {
            boolean missing = !index.isReported(date, group.id(), stage);
            if (missing) {
                missingDays.set(Math.toIntExact(date.toEpochDay() - rangeFrom.toEpochDay()));
                if (runStart == null) {
                    runStart = date;
                }
            } else if (runStart != null) {
                gaps.add(new ReportGap(group.id(), group.name(), stage, runStart, date.minusDays(1)));
                runStart = null;
            }
        }
        if (runStart != null) {
            gaps.add(new ReportGap(group.id(), group.name(), stage, runStart, end));
        }
    }

    private static LocalDate later(LocalDate one, LocalDate other) {
        return one.isAfter(other) ? one : other;
    }
}
