package org.loopwatch.report;

import java.time.LocalDate;
import java.util.Optional;
import org.loopwatch.domain.text.Texts;
import org.loopwatch.report.chart.ChartInputs;

/**
 * The period of an export: the days asked for, or the first and last day with data (as the
 * {@code summary} command does).
 */
record ExportPeriod(LocalDate first, LocalDate last) {

    private static final Texts TEXT = Texts.of(ExportPeriod.class);

    static ExportPeriod resolve(ChartInputs inputs, Optional<LocalDate> from, Optional<LocalDate> to) {
        if (inputs.hasNoResults()) {
            throw new ExportInputException(TEXT.get("export.noResults"));
        }
        LocalDate first = from.orElseGet(() -> inputs.index().firstDate().orElseThrow());
        LocalDate last = to.orElseGet(() -> inputs.index().lastDate().orElseThrow());
        if (last.isBefore(first)) {
            throw new ExportInputException(TEXT.format("export.periodReversed", last, first,
                    inputs.index().firstDate().orElseThrow(), inputs.index().lastDate().orElseThrow()));
        }
        return new ExportPeriod(first, last);
    }
}
