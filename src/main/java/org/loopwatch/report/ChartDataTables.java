package org.loopwatch.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.loopwatch.domain.ExportTable;
import org.loopwatch.domain.ExportTable.Column;
import org.loopwatch.domain.ExportTable.Format;
import org.loopwatch.domain.Interval;
import org.loopwatch.domain.PositivityCalculator;
import org.loopwatch.domain.RateEstimate;
import org.loopwatch.domain.Stage;
import org.loopwatch.domain.text.Texts;
import org.loopwatch.report.chart.ChartInputs;
import org.loopwatch.report.chart.ChartKind;
import org.loopwatch.report.chart.ChartPoint;
import org.loopwatch.report.chart.ChartPoints;
import org.loopwatch.report.chart.ChartRequest;
import org.loopwatch.report.chart.ChartStep;
import org.loopwatch.report.chart.ChartSubject;
import org.loopwatch.report.chart.StageFilter;
import org.loopwatch.store.Database;

/**
 * The data of the rolling and cumulative positivity charts as workbook tables (issue 19), one row
 * per day, group or rollup, and stage: the long shape a pivot table or a spreadsheet chart reads.
 * Every row is the chart model's own point ({@link ChartPoints}, the same requests as the
 * dashboard and the chart exports: the event's window, interval and level, windows that reach back
 * before the period, open dots by the tiles' completeness rule of decision 0028), never a second
 * computation. Always by day, also where a long period's chart draws weeks or months: a
 * spreadsheet can sum days into weeks, not the other way round. Stages are kept apart. The Excel
 * export ({@code export-xlsx}, File → Export to Excel) writes them after entries and summary
 * ({@code io.XlsxExporter}).
 */
public final class ChartDataTables {

    private static final Texts TEXT = Texts.of(ChartDataTables.class);

    private final ChartInputs inputs;
    private final List<ChartSubject> subjects;
    private final LocalDate first;
    private final LocalDate last;
    private final LocalDate today;

    /**
     * The rolling and the cumulative chart's tables for the period asked for (each end open: the
     * first or last day with data); none while the database holds no result or the period is
     * reversed. {@code clock} says which days are past: a later day is never "not reported".
     */
    public static List<ExportTable> of(Database database, Optional<LocalDate> from, Optional<LocalDate> to,
                                       Clock clock) {
        ChartInputs inputs = ChartInputs.load(database);
        if (inputs.hasNoResults()) {
            return List.of();
        }
        LocalDate first = from.orElseGet(() -> inputs.index().firstDate().orElseThrow());
        LocalDate last = to.orElseGet(() -> inputs.index().lastDate().orElseThrow());
        if (last.isBefore(first)) {
            return List.of();
        }
        ChartDataTables tables = new ChartDataTables(inputs, first, last, LocalDate.now(clock));
        return List.of(tables.rolling(), tables.cumulative());
    }

    /** Every group (active or not, in display order), then every rollup, from {@code first} to {@code last}. */
    ChartDataTables(ChartInputs inputs, LocalDate first, LocalDate last, LocalDate today) {
        this.inputs = inputs;
        List<ChartSubject> all = new ArrayList<>();
        inputs.groups().stream().map(group -> ChartSubject.ofGroup(group, inputs.groups())).forEach(all::add);
        inputs.subjects().stream().filter(ChartSubject::rollup).forEach(all::add);
        this.subjects = List.copyOf(all);
        this.first = first;
        this.last = last;
        this.today = today;
    }

    /** The rolling chart's points: window sums, positivity, interval, "a day of the window not reported", flagged. */
    ExportTable rolling() {
        List<List<Object>> rows = new ArrayList<>();
        for (Stage stage : Stage.values()) {
            ChartPoints points = points(ChartKind.ROLLING, stage);
            for (ChartSubject subject : subjects) {
                for (ChartPoint point : points.of(subject)) {
                    List<Object> row = start(point, subject, stage);
                    row.add(point.value());
                    row.add(point.interval().map(Interval::lower));
                    row.add(point.interval().map(Interval::upper));
                    row.add(point.incomplete());
                    row.add(point.flagged());
                    row.add(subject.rollup());
                    rows.add(row);
                }
            }
        }
        List<Column> columns = new ArrayList<>(startColumns());
        columns.addAll(List.of(new Column("positivity", Format.RATE), new Column("ci_low", Format.RATE),
                new Column("ci_high", Format.RATE), new Column("incomplete", Format.PLAIN),
                new Column("flagged", Format.PLAIN), new Column("rollup", Format.PLAIN)));
        return new ExportTable(TEXT.format("workbook.sheet.rolling", inputs.window().days()), columns, rows);
    }

    /**
     * The cumulative chart's points (positives since the loop start) with the tests beside them,
     * and the positivity of those sums with its interval.
     */
    ExportTable cumulative() {
        List<List<Object>> rows = new ArrayList<>();
        for (Stage stage : Stage.values()) {
            ChartPoints points = points(ChartKind.CUMULATIVE, stage);
            for (ChartSubject subject : subjects) {
                for (ChartPoint point : points.of(subject)) {
                    RateEstimate estimate = PositivityCalculator.estimate(point.counts(), inputs.method(),
                            inputs.level());
                    List<Object> row = start(point, subject, stage);
                    row.add(estimate.positivity().isPresent()
                            ? Optional.of(estimate.positivity().getAsDouble()) : Optional.empty());
                    row.add(estimate.interval().map(Interval::lower));
                    row.add(estimate.interval().map(Interval::upper));
                    row.add(subject.rollup());
                    rows.add(row);
                }
            }
        }
        List<Column> columns = new ArrayList<>(startColumns());
        columns.addAll(List.of(new Column("positivity", Format.RATE), new Column("ci_low", Format.RATE),
                new Column("ci_high", Format.RATE), new Column("rollup", Format.PLAIN)));
        return new ExportTable(TEXT.get("workbook.sheet.cumulative"), columns, rows);
    }

    /** The request the dashboard and the chart exports make for this chart and stage, by day. */
    ChartRequest request(ChartKind kind, Stage stage) {
        StageFilter filter = stage == Stage.ARRIVAL ? StageFilter.ARRIVAL : StageFilter.IN_LOOP;
        return new ChartRequest(kind, inputs.index(), subjects, inputs.groups(), filter, first, last, inputs.window(),
                inputs.method(), inputs.level(), inputs.countingStart().orElse(first), inputs.markers())
                .withAlertRules(inputs.alertRules()).withToday(today);
    }

    private ChartPoints points(ChartKind kind, Stage stage) {
        return new ChartPoints(request(kind, stage), ChartStep.DAY);
    }

    private static List<Column> startColumns() {
        return List.of(new Column("date", Format.DATE), new Column("group", Format.PLAIN),
                new Column("stage", Format.PLAIN), new Column("tests", Format.PLAIN),
                new Column("positives", Format.PLAIN));
    }

    private static List<Object> start(ChartPoint point, ChartSubject subject, Stage stage) {
        List<Object> row = new ArrayList<>();
        row.add(point.date());
        row.add(subject.name());
        row.add(stage.code());
        row.add(point.counts().tests());
        row.add(point.counts().positives());
        return row;
    }
}
