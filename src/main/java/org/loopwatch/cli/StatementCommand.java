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
import org.loopwatch.domain.ResultIndex;
import org.loopwatch.domain.SummaryCalculator;
import org.loopwatch.store.Database;
import org.loopwatch.store.Event;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code statement [--date DATE] [--json]}: the organisers' daily statement — per stage, each
 * group's tests (arrivals tested) and positives on the day and since the loop start. The date
 * defaults to the last day with data; without an event the cumulative figures start at the first.
 */
@Command(name = "statement", mixinStandardHelpOptions = true, sortOptions = false)
final class StatementCommand implements Callable<Integer> {

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
            LocalDate start = database.event().find().map(Event::loopStart)
                    .or(() -> database.results().dateRange().map(range -> range.first())).orElse(day);
            DailyStatement statement = DailyStatementCalculator.statement(
                    ResultIndex.of(database.results().findBetween(start.isAfter(day) ? day : start, day)),
                    database.groups().findAll(), day, start);
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
            out.append("  ").append(UsageTexts.TEXT.format("statement.line." + stage, group,
                    RateFormat.count(line.day().tests()), RateFormat.count(line.day().positives()),
                    RateFormat.count(line.cumulative().tests()), RateFormat.count(line.cumulative().positives())))
                    .append(System.lineSeparator());
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
            rows.add(row);
        }
        root.put("rows", rows);
        return Json.write(root);
    }
}
