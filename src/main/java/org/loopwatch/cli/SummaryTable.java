package org.loopwatch.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.loopwatch.domain.ConfidenceLevel;
import org.loopwatch.domain.IntervalMethod;
import org.loopwatch.domain.RateFormat;
import org.loopwatch.domain.SummaryCalculator;
import org.loopwatch.domain.SummaryRow;
import org.loopwatch.domain.text.Texts;

/** The human-readable form of {@code summary}: an aligned text table. */
final class SummaryTable {

    private static final Texts TEXT = UsageTexts.TEXT;

    private SummaryTable() {
    }

    static String render(Optional<LocalDate> from, Optional<LocalDate> to, IntervalMethod method,
                         ConfidenceLevel level, List<SummaryRow> rows) {
        StringBuilder out = new StringBuilder();
        String period = from.isPresent() ? TEXT.format("table.period", from.get(), to.orElseThrow()) : TEXT.get("table.noData");
        out.append(TEXT.format("table.heading", period, method.label(), Integer.toString(level.percent()))).append('\n');
        String format = "%-26s %-9s %12s %10s  %s%n";
        out.append(String.format(format, TEXT.get("table.group"), TEXT.get("table.stage"), TEXT.get("table.tests"),
                TEXT.get("table.positives"), TEXT.get("table.positivity")));
        for (SummaryRow row : rows) {
            String group = SummaryCalculator.ALL_GROUPS.equals(row.group()) ? TEXT.get("table.allGroups") : row.group();
            String rate = row.estimate().hasNoTests() ? RateFormat.noTests()
                    : RateFormat.positivity(row.estimate()) + ", " + RateFormat.interval(row.estimate());
            out.append(String.format(format, group, row.stage(), RateFormat.count(row.counts().tests()),
                    RateFormat.count(row.counts().positives()), rate));
        }
        return out.toString();
    }
}
