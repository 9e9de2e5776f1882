package org.loopwatch.report.chart;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.loopwatch.domain.ConfidenceLevel;
import org.loopwatch.domain.DailyResult;
import org.loopwatch.domain.Group;
import org.loopwatch.domain.IntervalMethod;
import org.loopwatch.domain.ResultIndex;
import org.loopwatch.domain.RollingWindow;
import org.loopwatch.domain.Rollup;

/** Chart requests over known rows, for the chart tests and the exports' tests. */
public final class ChartFixtures {

    public static final LocalDate FIRST = LocalDate.of(2022, 1, 4);
    public static final LocalDate LAST = LocalDate.of(2022, 1, 31);
    public static final Group ATHLETES = new Group(1, "Athletes", 0, "#0072B2", true);
    public static final Group STAFF = new Group(2, "Operating staff", 1, "#E69F00", true);
    public static final Rollup ALL = new Rollup(1, Rollup.ALL_GROUPS, true, List.of());

    private ChartFixtures() {
    }

    /** 28 days for two groups in both stages; staff jump to 6 in-loop positives on the last day. */
    public static ChartRequest request(ChartKind kind) {
        List<DailyResult> rows = new ArrayList<>();
        for (LocalDate date = FIRST; !date.isAfter(LAST); date = date.plusDays(1)) {
            rows.add(new DailyResult(date, 1, org.loopwatch.domain.Stage.ARRIVAL, 40, date.getDayOfMonth() % 9 == 0 ? 1 : 0, ""));
            rows.add(new DailyResult(date, 1, org.loopwatch.domain.Stage.IN_LOOP, 900, 0, ""));
            rows.add(new DailyResult(date, 2, org.loopwatch.domain.Stage.ARRIVAL, 200, 3, ""));
            rows.add(new DailyResult(date, 2, org.loopwatch.domain.Stage.IN_LOOP, 30_000, date.equals(LAST) ? 6 : date.getDayOfMonth() % 10 == 0 ? 1 : 0, ""));
        }
        List<Group> groups = List.of(ATHLETES, STAFF);
        List<ChartSubject> subjects = List.of(ChartSubject.ofGroup(ATHLETES), ChartSubject.ofGroup(STAFF),
                ChartSubject.ofRollup(ALL, groups, 0));
        return new ChartRequest(kind, ResultIndex.of(rows), subjects, groups, StageFilter.IN_LOOP, FIRST, LAST,
                RollingWindow.SEVEN_DAYS, IntervalMethod.WILSON, ConfidenceLevel.NINETY_FIVE, FIRST,
                List.of(new ChartMarker(LocalDate.of(2022, 1, 20), "Games open"),
                        new ChartMarker(LocalDate.of(2022, 3, 1), "Outside the period")));
    }


    /**
     * Every day from {@code from} to {@code to} for the same two groups, a positive every few
     * days, in both stages: a long period, drawn by week or month.
     */
    public static ChartRequest longRequest(ChartKind kind, LocalDate from, LocalDate to) {
        List<DailyResult> rows = new ArrayList<>();
        for (LocalDate date = from; !date.isAfter(to); date = date.plusDays(1)) {
            int day = (int) date.toEpochDay();
            rows.add(new DailyResult(date, 1, org.loopwatch.domain.Stage.ARRIVAL, 40, day % 9 == 0 ? 1 : 0, ""));
            rows.add(new DailyResult(date, 1, org.loopwatch.domain.Stage.IN_LOOP, 900, day % 13 == 0 ? 1 : 0, ""));
            rows.add(new DailyResult(date, 2, org.loopwatch.domain.Stage.ARRIVAL, 200, day % 3, ""));
            rows.add(new DailyResult(date, 2, org.loopwatch.domain.Stage.IN_LOOP, 30_000, day % 10 == 0 ? 1 : 0, ""));
        }
        List<Group> groups = List.of(ATHLETES, STAFF);
        List<ChartSubject> subjects = List.of(ChartSubject.ofGroup(ATHLETES), ChartSubject.ofGroup(STAFF),
                ChartSubject.ofRollup(ALL, groups, 0));
        return new ChartRequest(kind, ResultIndex.of(rows), subjects, groups, StageFilter.ALL, from, to,
                RollingWindow.SEVEN_DAYS, IntervalMethod.WILSON, ConfidenceLevel.NINETY_FIVE, from, List.of());
    }

    /**
     * Twelve groups (the default four and eight more, in the Okabe–Ito colours, which repeat after
     * eight) and two rollups over 28 days in both stages; "Marketing partners" is small (12 tests a
     * day) with a positive every fourth day, so its interval is wide.
     */
    public static ChartRequest twelveGroups(ChartKind kind, StageFilter stage) {
        String[] names = {"Athletes", "Team officials", "Operating staff", "Media", "Volunteers", "Broadcasters",
            "Hotel staff", "Drivers", "Venue security", "Medical staff", "Catering", "Marketing partners"};
        String[] colours = {"#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"};
        List<Group> groups = new ArrayList<>();
        List<DailyResult> rows = new ArrayList<>();
        for (int g = 0; g < names.length; g++) {
            groups.add(new Group(g + 1, names[g], g, colours[g % colours.length], true));
            boolean small = g == names.length - 1;
            for (LocalDate date = FIRST; !date.isAfter(LAST); date = date.plusDays(1)) {
                int day = date.getDayOfMonth();
                rows.add(new DailyResult(date, g + 1, org.loopwatch.domain.Stage.ARRIVAL, small ? 12 : 60 + 10 * g,
                        (day + g) % 5 == 0 ? 1 : 0, ""));
                rows.add(new DailyResult(date, g + 1, org.loopwatch.domain.Stage.IN_LOOP, small ? 12 : 3_000 + 500 * g,
                        small ? (day % 4 == 0 ? 1 : 0) : (day + g) % 7 == 0 ? 1 : 0, ""));
            }
        }
        List<ChartSubject> subjects = new ArrayList<>();
        groups.forEach(group -> subjects.add(ChartSubject.ofGroup(group)));
        Rollup pair = new Rollup(2, "Athletes & team officials", false, List.of(1L, 2L));
        subjects.add(ChartSubject.ofRollup(pair, groups, 0));
        subjects.add(ChartSubject.ofRollup(ALL, groups, 1));
        return new ChartRequest(kind, ResultIndex.of(rows), subjects, groups, stage, FIRST, LAST,
                RollingWindow.SEVEN_DAYS, IntervalMethod.WILSON, ConfidenceLevel.NINETY_FIVE, FIRST, List.of());
    }
}
