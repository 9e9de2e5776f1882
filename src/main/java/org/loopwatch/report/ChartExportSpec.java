package org.loopwatch.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.loopwatch.domain.StageChoice;
import org.loopwatch.report.chart.ChartKind;

/**
 * What {@code export chart} asks for (SPEC §7), before it is checked against the database.
 *
 * @param from   first day; empty for the first day with data
 * @param to     last day; empty for the last day with data
 * @param groups names of groups or rollups, any case; empty for every group and rollup with data
 * @param stage  arrival and in-loop apart, one of them, or both summed (only when asked, and then
 *               labelled as mixing); empty for Settings' default stage, which is "apart" unless set
 *               (decision 0028)
 */
public record ChartExportSpec(ChartKind kind, Optional<LocalDate> from, Optional<LocalDate> to, List<String> groups,
                              Optional<StageChoice> stage) {

    public ChartExportSpec {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        groups = List.copyOf(groups);
        Objects.requireNonNull(stage, "stage");
    }
}
