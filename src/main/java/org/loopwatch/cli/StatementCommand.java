package org.loopwatch.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.loopwatch.domain.DailyStatement;
import org.loopwatch.domain.DailyStatementCalculator;
import org.loopwatch.domain.RateFormat;
import org.loopwatch.domain.ReportGap;
import org.loopwatch.domain.SummaryCalculator;
import org.loopwatch.domain.SummaryText;
import org.loopwatch.store.Database;
import org.loopwatch.store.Event;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code statement [--date DATE] [--json]}: the organisers' daily statement — per stage, each
 * group's tests (arrivals tested) and positives on the day and since the loop start, and which
 * rows were due but not reported. The date defaults to the last day with data; without an event
 * the cumulative figures start at the first. The figures come from the one period summary
 * ({@link DailyStatementCalculator}), the same as tiles, briefing and {@code summary}.
 */
@Command(name = "statement", mixinStandardHelpOptions = true, sortOptions = false)
final class StatementCommand implements Callable<Integer> {

    /** Gaps named on one line before "and N more". */
    private static final int MOST_GAPS = 3;

    @ParentCommand
    private LoopWatchCommand root;

    @Option(names = "--date", paramLabel = "DATE", descriptionKey = "date", converter = OptionConverters.Date.class)
    private LocalDate date;

    @Option(names = "--json", descriptionKey = "json")
    private boolean json;

    @Override
    public Integer call() {
        CommandContext context = root.context();
        try (Database database = context.openForReading()) {
            Optional<LocalDate> last = Optional.ofNullable(date)
                    .or(() -> database.results().dateRange().map(range -> range.last()));
            if (last.isEmpty()) {
                throw new UsageException(UsageTexts.TEXT.get("statement.noData"));
            }
            LocalDate day = last.get();
            DailyStatement statement = DailyStatementCalculator.statement(database.results().index(),
                    database.groups().findAll(), day, database.event().find().map(Event::loopStart),
                    LocalDate.now(context.clock()));
            context.out().print(json ? json(statement) + System.lineSeparator() : text(statement));
        }
        return ExitCode.OK;
    }

    static String text(DailyStatement statement) {
        StringBuilder out = new StringBuilder(UsageTexts.TEXT.format("statement.title", statement.date().toString(),
                statement.loopStart().toString())).append(System.lineSeparator());
        String stage = "";
        for (DailyStatement.Line line : statement.lines()) {
            if (!line.stage().equals(stage)) {
                stage = line.stage();
                out.append(System.lineSeparator()).append(UsageTexts.TEXT.get("statement.stage." + stage))
                        .append(System.lineSeparator());
            }
            String group = line.group().equals(SummaryCalculator.ALL_GROUPS) ? UsageTexts.TEXT.get("statement.allGroups")
                    : line.group();
            String key = line.missingOnDay() && !line.group().equals(SummaryCalculator.ALL_GROUPS)
                    ? "statement.missing." : "statement.line.";
            out.append("  ").append(UsageTexts.TEXT.format(key + stage, group,
                    RateFormat.count(line.day().tests()), RateFormat.count(line.day().positives()),
                    RateFormat.count(line.cumulative().tests()), RateFormat.count(line.cumulative().positives())));
            if (line.missingOnDay() && line.group().equals(SummaryCalculator.ALL_GROUPS)) {
                out.append(' ').append(UsageTexts.TEXT.format("statement.partialDay",
                        SummaryText.gaps(line.dayCompleteness(), MOST_GAPS)));
            }
            // Group lines name their own gaps; the all-groups line would only repeat them.
            if (!line.group().equals(SummaryCalculator.ALL_GROUPS)) {
                SummaryText.incomplete(line.cumulativeCompleteness()).ifPresent(incomplete -> out.append(' ')
                        .append(UsageTexts.TEXT.format("statement.cumulativeGaps", incomplete,
                                SummaryText.gaps(line.cumulativeCompleteness(), MOST_GAPS))));
            }
            out.append(System.lineSeparator());
        }
        return out.toString();
    }

    private static String json(DailyStatement statement) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("date", statement.date().toString());
        root.put("cumulative_from", statement.loopStart().toString());
        List<Object> rows = new ArrayList<>();
        for (DailyStatement.Line line : statement.lines()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("group", line.group());
            row.put("stage", line.stage());
            row.put("tests", line.day().tests());
            row.put("positives", line.day().positives());
            row.put("cumulative_tests", line.cumulative().tests());
            row.put("cumulative_positives", line.cumulative().positives());
            row.put("reported", !line.missingOnDay());
            row.put("cumulative_due_days", line.cumulativeCompleteness().dueDays());
            row.put("cumulative_incomplete_days", line.cumulativeCompleteness().incompleteDays());
            rows.add(row);
        }
        root.put("rows", rows);
        List<Object> missing = new ArrayList<>();
        for (DailyStatement.Line line : statement.lines()) {
            if (line.group().equals(SummaryCalculator.ALL_GROUPS)) {
                for (ReportGap gap : line.cumulativeCompleteness().gaps()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("group", gap.groupName());
                    row.put("stage", gap.stage().code());
                    row.put("from", gap.from().toString());
                    row.put("to", gap.to().toString());
                    missing.add(row);
                }
            }
        }
        root.put("missing", missing);
        return Json.write(root);
    }
}
