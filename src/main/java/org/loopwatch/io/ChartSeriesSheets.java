package org.loopwatch.io;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.dhatim.fastexcel.Worksheet;
import org.loopwatch.domain.ConfidenceLevel;
import org.loopwatch.domain.CumulativePoint;
import org.loopwatch.domain.CumulativePositivityCalculator;
import org.loopwatch.domain.Group;
import org.loopwatch.domain.IntervalMethod;
import org.loopwatch.domain.RateEstimate;
import org.loopwatch.domain.ResultIndex;
import org.loopwatch.domain.RollingPoint;
import org.loopwatch.domain.RollingPositivityCalculator;
import org.loopwatch.domain.RollingWindow;
import org.loopwatch.domain.Selection;
import org.loopwatch.domain.Stage;

/**
 * The data behind the rolling and cumulative positivity charts as workbook sheets, one row per
 * day, group and stage (the long shape a pivot table or a spreadsheet chart reads), computed by the
 * same domain calculators as the charts: 7-day window, Wilson, 95 %.
 */
final class ChartSeriesSheets {

    private static final List<String> COLUMNS = List.of("date", "group", "stage", "tests", "positives", "positivity",
            "ci_low", "ci_high");

    private final ResultIndex index;
    private final List<Group> groups;
    private final LocalDate from;
    private final LocalDate to;
    private final LocalDate loopStart;

    ChartSeriesSheets(ResultIndex index, List<Group> groups, LocalDate from, LocalDate to, LocalDate loopStart) {
        this.index = index;
        this.groups = groups.stream().sorted(Comparator.comparingInt(Group::displayOrder).thenComparing(Group::name)).toList();
        this.from = from;
        this.to = to;
        this.loopStart = loopStart.isAfter(from) ? from : loopStart;
    }

    void writeRolling(Worksheet sheet) {
        List<String> columns = new java.util.ArrayList<>(COLUMNS);
        columns.add("incomplete");
        XlsxExporter.header(sheet, columns);
        int r = 1;
        for (Group group : groups) {
            for (Stage stage : Stage.values()) {
                for (RollingPoint point : RollingPositivityCalculator.series(index, Selection.ofCell(group.id(), stage),
                        from, to, RollingWindow.DEFAULT, IntervalMethod.WILSON, ConfidenceLevel.NINETY_FIVE)) {
                    row(sheet, r, point.date(), group, stage, point.estimate());
                    sheet.value(r++, 8, point.incomplete());
                }
            }
        }
    }

    void writeCumulative(Worksheet sheet) {
        XlsxExporter.header(sheet, COLUMNS);
        int r = 1;
        for (Group group : groups) {
            for (Stage stage : Stage.values()) {
                for (CumulativePoint point : CumulativePositivityCalculator.series(index, Selection.ofCell(group.id(), stage),
                        loopStart, from, to, IntervalMethod.WILSON, ConfidenceLevel.NINETY_FIVE)) {
                    row(sheet, r++, point.date(), group, stage, point.estimate());
                }
            }
        }
    }

    private static void row(Worksheet sheet, int r, LocalDate date, Group group, Stage stage, RateEstimate estimate) {
        sheet.value(r, 0, date);
        sheet.style(r, 0).format("yyyy-mm-dd").set();
        sheet.value(r, 1, group.name());
        sheet.value(r, 2, stage.code());
        sheet.value(r, 3, estimate.counts().tests());
        sheet.value(r, 4, estimate.counts().positives());
        if (estimate.positivity().isPresent()) {
            sheet.value(r, 5, estimate.positivity().getAsDouble());
        }
        estimate.interval().ifPresent(interval -> {
            sheet.value(r, 6, interval.lower());
            sheet.value(r, 7, interval.upper());
        });
        for (int c = 5; c <= 7; c++) {
            sheet.style(r, c).format("0.000%").set();
        }
    }
}
