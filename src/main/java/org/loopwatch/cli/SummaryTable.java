package org.loopwatch.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.loopwatch.domain.ConfidenceLevel;
import org.loopwatch.domain.IntervalMethod;
import org.loopwatch.domain.RateFormat;
import org.loopwatch.domain.SummaryCalculator;
import org.loopwatch.domain.SummaryRow;

/** The human-readable form of {@code summary}: an aligned text table. */
final class SummaryTable {

    private SummaryTable() {
    }

    static String render(Optional<LocalDate> from, Optional<LocalDate> to, IntervalMethod method,
                         ConfidenceLevel level, List<SummaryRow> rows) {
        StringBuilder out = new StringBuilder();
        out.append(from.isPresent() ? "Period " + from.get() + " to " + to.orElseThrow() : "No data yet")
                .append(" · ").append(method.label()).append(", ").append(level.percent()).append(" % CI\n");
        String format = "%-26s %-9s %12s %10s  %s%n";
        out.append(String.format(format, "group", "stage", "tests", "positives", "positivity (CI)"));
        for (SummaryRow row : rows) {
            String group = SummaryCalculator.ALL_GROUPS.equals(row.group()) ? "All groups" : row.group();
            String rate = row.estimate().hasNoTests() ? RateFormat.noTests()
                    : RateFormat.positivity(row.estimate()) + ", " + RateFormat.interval(row.estimate());
            out.append(String.format(format, group, row.stage(), RateFormat.count(row.counts().tests()),
                    RateFormat.count(row.counts().positives()), rate));
        }
        return out.toString();
    }
}
