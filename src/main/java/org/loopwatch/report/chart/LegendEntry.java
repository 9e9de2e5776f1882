package org.loopwatch.report.chart;

import java.util.Optional;

/**
 * One entry of a chart's legend, decided once in {@link ChartData#legend()} for every renderer (the
 * screen's {@link ChartLegend}, the PDF's {@link PdfChartLegend}), which only draw its mark.
 *
 * @param subject the group or rollup whose colour the mark takes; empty for the notes on marks
 */
public record LegendEntry(Mark mark, Optional<ChartSubject> subject, String text) {

    /** What the swatch in front of the text shows. */
    public enum Mark {
        LINE, DASHED_LINE, BAR, BAND, CUT_OFF, OPEN_DOT, FLAG, FLAG_BAR,
        /** Words alone, no swatch: how to read the axis, e.g. "0.01 % = 10 per 100,000 tests". */
        TEXT
    }

    public static LegendEntry series(Mark mark, ChartSubject subject) {
        return new LegendEntry(mark, Optional.of(subject), subject.name());
    }

    public static LegendEntry note(Mark mark, String text) {
        return new LegendEntry(mark, Optional.empty(), text);
    }
}
