package org.loopwatch.report;

import java.time.LocalDate;
import java.util.Optional;
import org.loopwatch.report.chart.ChartInputs;

/**
 * The period of an export: the days asked for, or the first and last day with data (as the
 * {@code summary} command does).
 */
record ExportPeriod(LocalDate first, LocalDate last) {

    static ExportPeriod resolve(ChartInputs inputs, Optional<LocalDate> from, Optional<LocalDate> to) {
        if (inputs.hasNoResults()) {
            throw new ExportInputException("The database holds no results yet, so there is nothing to export. "
                    + "Enter or import results first.");
        }
        LocalDate first = from.orElseGet(() -> inputs.index().firstDate().orElseThrow());
        LocalDate last = to.orElseGet(() -> inputs.index().lastDate().orElseThrow());
        if (last.isBefore(first)) {
            throw new ExportInputException("The period ends (" + last + ") before it starts (" + first
                    + "). Choose a last day on or after the first; data runs from "
                    + inputs.index().firstDate().orElseThrow() + " to " + inputs.index().lastDate().orElseThrow() + ".");
        }
        return new ExportPeriod(first, last);
    }
}
