package org.loopwatch.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.loopwatch.domain.DailyResult;
import org.loopwatch.domain.Stage;
import org.loopwatch.domain.StageChoice;
import org.loopwatch.report.chart.ChartData;
import org.loopwatch.report.chart.ChartKind;
import org.loopwatch.report.chart.ChartPoint;
import org.loopwatch.report.chart.ChartSeries;
import org.loopwatch.store.Database;
import org.loopwatch.store.Event;
import org.loopwatch.store.ImportProgress;
import org.loopwatch.store.OpenMode;

/**
 * The workbook's chart data (issue 19) are the chart's own points: a real database exported with
 * {@code XlsxExporter} and {@link ChartDataTables}, read back with fastexcel-reader, each row held to the point that
 * {@code export chart} draws for the same day, group and stage (decision 0039's completeness, windows
 * that reach back before the period).
 */
class WorkbookChartDataTest {

    private static final LocalDate DATA_START = LocalDate.of(2021, 12, 27);
    private static final LocalDate LOOP_START = LocalDate.of(2022, 1, 4);
    private static final LocalDate FROM = LocalDate.of(2022, 1, 2);
    private static final LocalDate TO = LocalDate.of(2022, 1, 31);
    /** A group set up inside the period: its first results, in both stages, on the 15th. */
    private static final LocalDate SECOND_INTAKE = LocalDate.of(2022, 1, 15);
    private static final LocalDate ATHLETES_MISSED = LocalDate.of(2022, 1, 20);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2022-02-01T06:00:00Z"), ZoneOffset.ofHours(8));
    private static final int ROLLING_SHEET = 2;
    private static final int CUMULATIVE_SHEET = 3;

    @TempDir
    Path folder;

    private Path db;

    /**
     * Athletes report arrivals from 27 Dec (before the loop) and miss the 20th; operating staff's
     * arrivals before the loop start came every other day (never due); both report in-loop from
     * the loop start; the second intake is created, and reports, from the 15th.
     */
    @BeforeEach
    void database() {
        db = folder.resolve("event.db");
        try (Database database = Database.open(db, OpenMode.CREATE_IF_MISSING, CLOCK)) {
            long athletes = database.groups().findByName("Athletes").orElseThrow().id();
            long staff = database.groups().findByName("Operating staff").orElseThrow().id();
            long intake = database.groups().add("Second intake").id();
            List<DailyResult> rows = new ArrayList<>();
            for (LocalDate date = DATA_START; !date.isAfter(TO); date = date.plusDays(1)) {
                int day = date.getDayOfYear();
                if (!date.equals(ATHLETES_MISSED)) {
                    rows.add(new DailyResult(date, athletes, Stage.ARRIVAL, 100, day % 3 == 0 ? 1 : 0, ""));
                }
                if (!date.isBefore(LOOP_START) || day % 2 == 1) {
                    rows.add(new DailyResult(date, staff, Stage.ARRIVAL, 80, day % 5 == 0 ? 2 : 0, ""));
                }
                if (!date.isBefore(LOOP_START)) {
                    rows.add(new DailyResult(date, athletes, Stage.IN_LOOP, 1_000, day % 7 == 0 ? 1 : 0, ""));
                    rows.add(new DailyResult(date, staff, Stage.IN_LOOP, 3_000, day % 4 == 0 ? 1 : 0, ""));
                }
                if (!date.isBefore(SECOND_INTAKE)) {
                    rows.add(new DailyResult(date, intake, Stage.ARRIVAL, 40, day % 2, ""));
                    rows.add(new DailyResult(date, intake, Stage.IN_LOOP, 200, 0, ""));
                }
            }
            database.results().importAll(rows, false, "workbook test data", ImportProgress.NONE);
            database.event().save(new Event("Workbook test", LOOP_START, Optional.empty()));
        }
    }

    @Test
    void everyRollingRowIsTheChartsPointForItsDayGroupAndStage() throws Exception {
        List<Row> rows = exported(ROLLING_SHEET);
        Map<String, ChartPoint> drawn = new HashMap<>();
        for (Stage stage : Stage.values()) {
            for (ChartData chart : chart(ChartKind.ROLLING, StageChoice.APART)) {
                if (chart.request().stage().stages().equals(java.util.Set.of(stage))) {
                    points(chart, stage, drawn);
                }
            }
        }

        assertThat(rows.get(0).getCellText(8)).isEqualTo("incomplete");
        int compared = 0;
        for (Row row : rows.subList(1, rows.size())) {
            ChartPoint point = drawn.get(key(row));
            if (point == null) {
                // A group the chart leaves out for having no data: nothing was reported, nothing was due.
                assertThat(row.getCell(3).asNumber().longValue()).as(key(row)).isZero();
                assertThat(row.getCell(8).asBoolean()).as(key(row)).isFalse();
                continue;
            }
            assertThat(row.getCell(0).getDataFormatString()).isEqualTo("yyyy-mm-dd");
            assertThat(row.getCell(3).asNumber().longValue()).as(key(row)).isEqualTo(point.counts().tests());
            assertThat(row.getCell(4).asNumber().longValue()).as(key(row)).isEqualTo(point.counts().positives());
            assertRate(row.getCell(5), point.value());
            assertRate(row.getCell(6), point.interval().map(interval -> interval.lower()));
            assertRate(row.getCell(7), point.interval().map(interval -> interval.upper()));
            assertThat(row.getCell(8).asBoolean()).as("incomplete " + key(row)).isEqualTo(point.incomplete());
            assertThat(row.getCell(9).asBoolean()).as("flagged " + key(row)).isEqualTo(point.flagged());
            compared++;
        }
        assertThat(compared).as("every point the chart draws has its row").isEqualTo(drawn.size());
    }

    @Test
    void missingIsOnlyWhatWasDueAndTheFirstWindowsReachBackBeforeThePeriod() throws Exception {
        Map<String, Row> rows = new HashMap<>();
        exported(ROLLING_SHEET).stream().skip(1).forEach(row -> rows.put(key(row), row));

        // The period's first day: a full window of athletes' arrivals, five of its seven days before the period.
        Row firstDay = rows.get(key(FROM, "Athletes", Stage.ARRIVAL));
        assertThat(firstDay.getCell(3).asNumber().longValue()).isEqualTo(700);
        // Operating staff's gaps before the loop start were never due; the second intake is not due before it exists.
        for (LocalDate date = FROM; !date.isAfter(TO); date = date.plusDays(1)) {
            for (Stage stage : Stage.values()) {
                assertThat(rows.get(key(date, "Operating staff", stage)).getCell(8).asBoolean()).as("staff %s %s", date,
                        stage).isFalse();
                Row intake = rows.get(key(date, "Second intake", stage));
                assertThat(intake.getCell(8).asBoolean()).as("intake %s %s", date, stage).isFalse();
                if (date.isBefore(SECOND_INTAKE)) {
                    assertThat(intake.getCell(3).asNumber().longValue()).isZero();
                    assertRate(intake.getCell(5), Optional.empty());
                }
            }
        }
        assertThat(rows.get(key(SECOND_INTAKE, "Second intake", Stage.ARRIVAL)).getCell(3).asNumber().longValue())
                .isEqualTo(40);
        // The athletes' missed arrival day opens the seven windows that hold it, and only those.
        List<LocalDate> open = new ArrayList<>();
        for (LocalDate date = FROM; !date.isAfter(TO); date = date.plusDays(1)) {
            if (rows.get(key(date, "Athletes", Stage.ARRIVAL)).getCell(8).asBoolean()) {
                open.add(date);
            }
        }
        assertThat(open).containsExactlyElementsOf(ATHLETES_MISSED.datesUntil(ATHLETES_MISSED.plusDays(7)).toList());
        assertThat(rows.get(key(TO, "All groups", Stage.ARRIVAL)).getCell(10).asBoolean()).isTrue();
    }

    @Test
    void everyCumulativeRowIsTheCumulativeChartsCountSinceTheLoopStart() throws Exception {
        List<Row> rows = exported(CUMULATIVE_SHEET);
        Map<String, ChartPoint> drawn = new HashMap<>();
        chart(ChartKind.CUMULATIVE, StageChoice.ARRIVAL).forEach(chart -> points(chart, Stage.ARRIVAL, drawn));
        chart(ChartKind.CUMULATIVE, StageChoice.IN_LOOP).forEach(chart -> points(chart, Stage.IN_LOOP, drawn));

        int compared = 0;
        for (Row row : rows.subList(1, rows.size())) {
            ChartPoint point = drawn.get(key(row));
            if (point != null) {
                assertThat(row.getCell(4).asNumber().doubleValue()).as(key(row)).isEqualTo(point.value().orElseThrow());
                assertThat(row.getCell(3).asNumber().longValue()).as(key(row)).isEqualTo(point.counts().tests());
                compared++;
            }
        }
        assertThat(compared).isEqualTo(drawn.size());
        Map<String, Row> byKey = new HashMap<>();
        rows.stream().skip(1).forEach(row -> byKey.put(key(row), row));
        // Counted from the loop start: the athletes' arrivals before it are not in the sum.
        assertThat(byKey.get(key(FROM, "Athletes", Stage.ARRIVAL)).getCell(3).asNumber().longValue()).isZero();
        assertThat(byKey.get(key(TO, "Athletes", Stage.ARRIVAL)).getCell(3).asNumber().longValue()).isEqualTo(2_700);
    }

    /** Exports the workbook of the period through the same path as {@code export-xlsx} and reads one sheet back. */
    private List<Row> exported(int sheet) throws Exception {
        Path out = folder.resolve("out.xlsx");
        try (Database database = Database.openForReading(db, CLOCK)) {
            org.loopwatch.io.XlsxExporter.export(database, Optional.of(FROM), Optional.of(TO), out,
                    ChartDataTables.of(database, Optional.of(FROM), Optional.of(TO), CLOCK));
        }
        try (InputStream in = Files.newInputStream(out);
             ReadableWorkbook book = new ReadableWorkbook(in, new ReadingOptions(true, false))) {
            return book.getSheet(sheet).orElseThrow().read();
        }
    }

    /** What {@code export chart --chart KIND --stage STAGE} draws for the same period. */
    private List<ChartData> chart(ChartKind kind, StageChoice stage) {
        try (Database database = Database.openForReading(db, CLOCK)) {
            return ChartExports.prepare(database, new ChartExportSpec(kind, Optional.of(FROM), Optional.of(TO),
                    List.of(), Optional.of(stage)), CLOCK).byStage();
        }
    }

    private static void points(ChartData chart, Stage stage, Map<String, ChartPoint> into) {
        assertThat(chart.step()).isEqualTo(org.loopwatch.report.chart.ChartStep.DAY);
        for (ChartSeries series : chart.series()) {
            for (ChartPoint point : series.points()) {
                into.put(key(point.date(), series.subject().name(), stage), point);
            }
        }
    }

    private static String key(LocalDate date, String group, Stage stage) {
        return date + " " + group + " " + stage.code();
    }

    private static String key(Row row) {
        return row.getCell(0).asDate().toLocalDate() + " " + row.getCellText(1) + " " + row.getCellText(2);
    }

    private static void assertRate(Cell cell, Optional<Double> expected) {
        if (expected.isEmpty()) {
            assertThat(cell == null || cell.getType() == CellType.EMPTY).isTrue();
        } else {
            assertThat(cell.asNumber().doubleValue()).isCloseTo(expected.get(), within(1e-15));
        }
    }
}
