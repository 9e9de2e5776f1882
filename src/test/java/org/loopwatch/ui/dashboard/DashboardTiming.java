package org.loopwatch.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.loopwatch.domain.RollingWindow;
import org.loopwatch.report.chart.ChartInputs;
import org.loopwatch.domain.StageChoice;
import org.loopwatch.ui.UiTestDatabase;

/**
 * Not part of the build: times the dashboard's background work on 10 years × 8 groups × 2 stages.
 * Run with {@code -Dtest=DashboardTiming}.
 */
class DashboardTiming {

    @TempDir
    Path folder;

    @Test
    void reloadAndComputeOnTenYears() {
        try (UiTestDatabase db = UiTestDatabase.createIn(folder)) {
            String[] groups = {"Athletes", "Team officials", "Operating staff", "Media", "G5", "G6", "G7", "G8"};
            LocalDate first = LocalDate.of(2015, 1, 1);
            for (int day = 0; day < 3653; day++) {
                for (String group : groups) {
                    db.row(first.plusDays(day), group, org.loopwatch.domain.Stage.ARRIVAL, 200, day % 7 == 0 ? 3 : 1);
                    db.row(first.plusDays(day), group, org.loopwatch.domain.Stage.IN_LOOP, 20_000, day % 5 == 0 ? 2 : 0);
                }
            }
            db.save();
            List<Long> load = new ArrayList<>();
            List<Long> compute = new ArrayList<>();
            for (int run = 0; run < 15; run++) {
                long start = System.nanoTime();
                ChartInputs inputs = ChartInputs.load(db.database());
                long loaded = System.nanoTime();
                LocalDate last = inputs.index().lastDate().orElseThrow();
                DashboardSnapshot snapshot = DashboardCalculator.compute(inputs, new DashboardFilters(
                        DashboardCalculator.defaultFrom(inputs, last), last, StageChoice.APART, RollingWindow.SEVEN_DAYS,
                        inputs.method(), inputs.level(), java.util.Set.of(), last));
                long computed = System.nanoTime();
                assertThat(snapshot.tiles()).hasSize(10);
                load.add((loaded - start) / 1_000_000);
                compute.add((computed - loaded) / 1_000_000);
            }
            System.out.println("rows " + db.database().results().count() + " load ms " + load + " compute ms " + compute);
        }
    }
}
