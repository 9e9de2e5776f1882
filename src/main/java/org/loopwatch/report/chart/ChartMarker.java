package org.loopwatch.report.chart;

import java.time.LocalDate;
import java.util.Objects;

/** A labelled vertical line on a chart, e.g. the event's key date 2022-02-04 "Games open". */
public record ChartMarker(LocalDate date, String label) {

    public ChartMarker {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(label, "label");
    }
}
