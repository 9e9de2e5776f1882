package org.loopwatch.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.loopwatch.domain.ConfidenceLevel;
import org.loopwatch.domain.DailyResult;
import org.loopwatch.domain.Group;
import org.loopwatch.domain.IntervalMethod;
import org.loopwatch.domain.SummaryCalculator;
import org.loopwatch.domain.SummaryRow;
import org.loopwatch.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code summary}: positivity with confidence interval for every group and all groups together,
 * in each stage and both. Reads only; the database must exist (a mistyped path never yields a
 * silently empty report).
 */
@Command(name = "summary", mixinStandardHelpOptions = true, sortOptions = false)
final class SummaryCommand implements Callable<Integer> {

    @ParentCommand
    private LoopWatchCommand root;

    @Mixin
    private PeriodOptions period;

    @Option(names = "--group", paramLabel = "NAME", descriptionKey = "group")
    private List<String> groupNames = new ArrayList<>();

    @Option(names = "--method", paramLabel = "wilson|clopper-pearson|jeffreys", descriptionKey = "method",
            converter = OptionConverters.Method.class)
    private IntervalMethod method = IntervalMethod.WILSON;

    @Option(names = "--level", paramLabel = "0.95", descriptionKey = "level", converter = OptionConverters.Level.class)
    private ConfidenceLevel level = ConfidenceLevel.NINETY_FIVE;

    @Option(names = "--json", descriptionKey = "json")
    private boolean json;

    @Override
    public Integer call() {
        CommandContext context = root.context();
        period.check("summary");
        Optional<LocalDate> from = period.from();
        Optional<LocalDate> to = period.to();
        try (Database database = context.openForReading()) {
            List<Group> groups = selectGroups(database.groups().findAll(), groupNames);
            Optional<LocalDate> first = from.or(() -> database.results().dateRange().map(range -> range.first()));
            Optional<LocalDate> last = to.or(() -> database.results().dateRange().map(range -> range.last()));
            List<DailyResult> results = first.isPresent() && last.isPresent()
                    ? database.results().findBetween(first.get(), last.get())
                    : List.of();
            LocalDate sumFrom = first.orElse(LocalDate.MIN);
            LocalDate sumTo = last.orElse(LocalDate.MIN);
            List<SummaryRow> rows = SummaryCalculator.summarize(results, groups, sumFrom, sumTo, method, level);
            if (json) {
                context.out().println(json(first, last, method, level, rows));
            } else {
                context.out().print(SummaryTable.render(first, last, method, level, rows));
            }
        }
        return ExitCode.OK;
    }

    private static List<Group> selectGroups(List<Group> all, List<String> wanted) {
        if (wanted.isEmpty()) {
            return all;
        }
        List<Group> chosen = new ArrayList<>();
        for (String name : wanted) {
            Group group = all.stream().filter(candidate -> candidate.hasName(name)).findFirst()
                    .orElseThrow(() -> new UsageException(UsageTexts.TEXT.format("summary.unknownGroup", name,
                            String.join(UsageTexts.TEXT.get("list.separator"), all.stream().map(Group::name).toList()))));
            if (!chosen.contains(group)) {
                chosen.add(group);
            }
        }
        return chosen;
    }

    private static String json(Optional<LocalDate> from, Optional<LocalDate> to, IntervalMethod method,
                               ConfidenceLevel level, List<SummaryRow> rows) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("from", from.map(LocalDate::toString).orElse(null));
        root.put("to", to.map(LocalDate::toString).orElse(null));
        root.put("method", method.code());
        root.put("level", level.value());
        List<Object> jsonRows = new ArrayList<>();
        for (SummaryRow row : rows) {
            Map<String, Object> jsonRow = new LinkedHashMap<>();
            jsonRow.put("group", row.group());
            jsonRow.put("stage", row.stage());
            jsonRow.put("tests", row.counts().tests());
            jsonRow.put("positives", row.counts().positives());
            jsonRow.put("positivity", row.estimate().positivity());
            jsonRow.put("ci_low", row.estimate().interval().map(interval -> (Object) interval.lower()).orElse(null));
            jsonRow.put("ci_high", row.estimate().interval().map(interval -> (Object) interval.upper()).orElse(null));
            jsonRows.add(jsonRow);
        }
        root.put("rows", jsonRows);
        return Json.write(root);
    }
}
