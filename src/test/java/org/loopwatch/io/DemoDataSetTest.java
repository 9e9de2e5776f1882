package org.loopwatch.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.loopwatch.domain.DailyResult;
import org.loopwatch.domain.Group;
import org.loopwatch.domain.Stage;
import org.loopwatch.store.Database;
import org.loopwatch.store.OpenMode;

/** The demo data set keeps every published figure. */
class DemoDataSetTest {

    private static final LocalDate JAN_4 = LocalDate.of(2022, 1, 4);
    private static final LocalDate JAN_22 = LocalDate.of(2022, 1, 22);

    @TempDir
    Path folder;

    @Test
    void theDemoDatabaseLoadsAndItsTotalsFor4To22JanuaryEqualThePublishedOnes() {
        try (Database database = Database.open(folder.resolve("demo.db"), OpenMode.CREATE_IF_MISSING, Clock.systemUTC())) {
            DemoDatabase.populate(database, Clock.systemUTC());

            List<DailyResult> rows = database.results().findBetween(JAN_4, JAN_22);
            long athletes = id(database, DemoDataSet.ATHLETES_AND_TEAM_OFFICIALS);
            long others = id(database, DemoDataSet.OTHER_STAKEHOLDERS);
            assertThat(totals(rows, athletes, Stage.ARRIVAL)).containsExactly(171L, 0L);
            assertThat(totals(rows, others, Stage.ARRIVAL)).containsExactly(2_415L, 39L);
            assertThat(totals(rows, athletes, Stage.IN_LOOP)).containsExactly(175L, 0L);
            assertThat(totals(rows, others, Stage.IN_LOOP)).containsExactly(336_246L, 33L);
            assertThat(rows).hasSize(19 * 4);
            assertThat(DemoDatabase.isDemo(database)).isTrue();
            assertThat(database.event().find().orElseThrow().name()).contains("illustrative");
            assertThat(database.groups().findAll()).extracting(Group::name)
                    .containsExactly(DemoDataSet.ATHLETES_AND_TEAM_OFFICIALS, DemoDataSet.OTHER_STAKEHOLDERS);
        }
    }

    @Test
    void theIocPeriodTotalsAndThePublishedDaysHoldToo() {
        List<DemoDataSet.Row> rows = DemoDataSet.rows();
        LocalDate from = LocalDate.of(2022, 1, 23);
        LocalDate to = LocalDate.of(2022, 2, 20);
        List<DemoDataSet.Row> ioc = rows.stream().filter(r -> !r.date().isBefore(from) && !r.date().isAfter(to)).toList();

        assertThat(sum(ioc, r -> r.stage() == Stage.ARRIVAL, true)).isEqualTo(13_690);
        assertThat(sum(ioc, r -> r.stage() == Stage.ARRIVAL, false)).isEqualTo(265);
        assertThat(sum(ioc, r -> r.stage() == Stage.IN_LOOP, true)).isEqualTo(1_859_423);
        assertThat(sum(ioc, r -> r.stage() == Stage.IN_LOOP, false)).isEqualTo(172);
        assertThat(sum(ioc, r -> r.group().equals(DemoDataSet.ATHLETES_AND_TEAM_OFFICIALS), false)).isEqualTo(98 + 87);
        assertThat(sum(ioc, r -> r.group().equals(DemoDataSet.OTHER_STAKEHOLDERS), false)).isEqualTo(252);
        assertThat(rows).anySatisfy(row -> {
            assertThat(row.date()).isEqualTo(LocalDate.of(2022, 1, 30));
            assertThat(row.group()).isEqualTo(DemoDataSet.OTHER_STAKEHOLDERS);
            assertThat(row.stage()).isEqualTo(Stage.IN_LOOP);
            assertThat(row.tests()).isEqualTo(60_426);
            assertThat(row.positives()).isEqualTo(5);
            assertThat(row.note()).startsWith("Published figure");
        });
        assertThat(rows).allSatisfy(row -> {
            assertThat(row.positives()).isBetween(0L, row.tests());
            assertThat(row.note()).matches("(Published figure|Illustrative).*Source: http.*");
        });
    }

    @Test
    void theCommittedDemoCsvIsExactlyWhatTheAppBuilds() throws Exception {
        Path committed = Path.of("assets", "demo", DemoDataSet.CSV_NAME);

        assertThat(Files.readString(committed, StandardCharsets.UTF_8)).isEqualTo(DemoDataSet.csv());
    }

    private static long id(Database database, String name) {
        return database.groups().findByName(name).orElseThrow().id();
    }

    private static List<Long> totals(List<DailyResult> rows, long group, Stage stage) {
        List<DailyResult> cell = rows.stream().filter(r -> r.groupId() == group && r.stage() == stage).toList();
        return List.of(cell.stream().mapToLong(DailyResult::tests).sum(), cell.stream().mapToLong(DailyResult::positives).sum());
    }

    private static long sum(List<DemoDataSet.Row> rows, java.util.function.Predicate<DemoDataSet.Row> which, boolean tests) {
        return rows.stream().filter(which).mapToLong(r -> tests ? r.tests() : r.positives()).sum();
    }
}
