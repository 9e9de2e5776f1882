package org.loopwatch.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.loopwatch.domain.DailyResult;
import org.loopwatch.domain.DefaultGroups;
import org.loopwatch.domain.Group;
import org.loopwatch.domain.Rollup;
import org.loopwatch.domain.Stage;

/**
 * The data set of SPEC §9: 10 years × 8 groups × 2 stages of daily results (≈ 58,400 rows),
 * generated deterministically so every run measures the same thing.
 */
public final class BenchmarkData {

    public static final LocalDate START = LocalDate.of(2016, 1, 1);
    public static final int DAYS = 3650;
    public static final int GROUPS = 8;

    private BenchmarkData() {
    }

    public static List<Group> groups() {
        List<Group> groups = new ArrayList<>();
        for (int i = 0; i < GROUPS; i++) {
            String name = i < DefaultGroups.NAMES.size() ? DefaultGroups.NAMES.get(i) : "Group " + (i + 1);
            groups.add(new Group(i + 1, name, i, DefaultGroups.colourFor(i), true));
        }
        return groups;
    }

    public static List<Rollup> rollups() {
        return List.of(new Rollup(1, Rollup.ATHLETES_AND_TEAM_OFFICIALS, false, List.of(1L, 2L)),
                new Rollup(2, Rollup.ALL_GROUPS, true, List.of()));
    }

    /** Results for every day, group and stage; in-loop rates near 0.01 %, arrivals near 1 %. */
    public static List<DailyResult> results() {
        return results(DAYS);
    }

    /** Results for {@code days} days from {@link #START}: {@code days × 16} rows. */
    public static List<DailyResult> results(int days) {
        return results(START, days);
    }

    /** Results for {@code days} days from {@code start}: {@code days × 16} rows. */
    public static List<DailyResult> results(LocalDate start, int days) {
        SplittableRandom random = new SplittableRandom(2022);
        List<DailyResult> results = new ArrayList<>(days * GROUPS * 2);
        for (int day = 0; day < days; day++) {
            LocalDate date = start.plusDays(day);
            for (int group = 1; group <= GROUPS; group++) {
                long arrivals = 20 + random.nextInt(200);
                long arrivalPositives = random.nextInt(100) < 20 ? random.nextInt(4) : 0;
                results.add(new DailyResult(date, group, Stage.ARRIVAL, arrivals, Math.min(arrivals, arrivalPositives), ""));
                long screened = 2_000 + random.nextInt(20_000);
                long screenedPositives = random.nextInt(100) < 30 ? random.nextInt(3) : 0;
                results.add(new DailyResult(date, group, Stage.IN_LOOP, screened, screenedPositives, ""));
            }
        }
        return results;
    }

    /** The same rows as CSV in the import format, for the command-line import benchmark. */
    public static String csv(List<Group> groups, List<DailyResult> results) {
        StringBuilder csv = new StringBuilder("date,group,stage,tests,positives,note\n");
        for (DailyResult result : results) {
            csv.append(result.date()).append(',').append(groups.get((int) result.groupId() - 1).name()).append(',')
                    .append(result.stage().code()).append(',').append(result.tests()).append(',')
                    .append(result.positives()).append(",\n");
        }
        return csv.toString();
    }
}
