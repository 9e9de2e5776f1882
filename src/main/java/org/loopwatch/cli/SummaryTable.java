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

    /** Columns a terminal gives the text: two for a wide (e.g. Chinese) character, one otherwise. */
    static int displayWidth(String text) {
        return text.codePoints().map(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                || (c >= 0x3000 && c <= 0x30FF) || (c >= 0xFF00 && c <= 0xFF60) ? 2 : 1).sum();
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(Math.max(0, width - displayWidth(text)));
    }

    static String render(Optional<LocalDate> from, Optional<LocalDate> to, IntervalMethod method,
                         ConfidenceLevel level, List<SummaryRow> rows) {
        StringBuilder out = new StringBuilder();
        String period = from.isPresent() ? TEXT.format("table.period", from.get(), to.orElseThrow()) : TEXT.get("table.noData");
        out.append(TEXT.format("table.heading", period, method.label(), Integer.toString(level.percent()))).append('\n');
        // The group column is as wide as its longest name (Chinese characters take two columns in a
        // terminal), so a long name never pushes the numbers out of line.
        List<String> groups = rows.stream().map(row -> SummaryCalculator.ALL_GROUPS.equals(row.group())
                ? TEXT.get("table.allGroups") : row.group()).toList();
        int width = Math.max(displayWidth(TEXT.get("table.group")),
                groups.stream().mapToInt(SummaryTable::displayWidth).max().orElse(0));
        String format = "%s %-9s %12s %10s  %s%n";
        out.append(String.format(format, pad(TEXT.get("table.group"), width), TEXT.get("table.stage"),
                TEXT.get("table.tests"), TEXT.get("table.positives"), TEXT.get("table.positivity")));
        for (int i = 0; i < rows.size(); i++) {
            SummaryRow row = rows.get(i);
            String rate = row.estimate().hasNoTests() ? RateFormat.noTests()
                    : RateFormat.positivity(row.estimate()) + ", " + RateFormat.interval(row.estimate());
            out.append(String.format(format, pad(groups.get(i), width), row.stage(), RateFormat.count(row.counts().tests()),
                    RateFormat.count(row.counts().positives()), rate));
        }
        return out.toString();
    }
}
