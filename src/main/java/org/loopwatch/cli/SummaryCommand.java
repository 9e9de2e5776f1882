package org.loopwatch.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.loopwatch.domain.AlertRules;
import org.loopwatch.domain.ConfidenceLevel;
import org.loopwatch.domain.Group;
import org.loopwatch.domain.IntervalMethod;
import org.loopwatch.domain.NearestName;
import org.loopwatch.domain.PeriodSummary;
import org.loopwatch.domain.PeriodSummaryCalculator;
import org.loopwatch.domain.PeriodSummaryRequest;
import org.loopwatch.domain.RateEstimate;
import org.loopwatch.domain.ResultIndex;
import org.loopwatch.domain.RollingWindow;
import org.loopwatch.domain.Selection;
import org.loopwatch.domain.Stage;
import org.loopwatch.domain.StageFigures;
import org.loopwatch.domain.StageScope;
import org.loopwatch.domain.SubjectSummary;
import org.loopwatch.domain.SummarySubject;
import org.loopwatch.domain.text.ListStyle;
import org.loopwatch.store.Database;
import org.loopwatch.store.Event;
import org.loopwatch.store.JsonText;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code summary}: positivity with confidence interval for every group and all groups together,
 * in each stage and both. Reads only; the database must exist (a mistyped path never yields a
 * silently empty report).
 */
final class SummaryCommand implements Callable<Integer> {

    /** The group name of the rows that sum the chosen groups together. */
    static final String ALL_GROUPS = "*";

    private final LoopWatchCommand root;
    private final PeriodOptions period = new PeriodOptions();
    private final OptionSpec groupsOption = CommandSpecs.repeated("--group", "NAME", "group");
    private final OptionSpec methodOption = CommandSpecs.option("--method", "wilson|clopper-pearson|jeffreys",
            "method", IntervalMethod.class, new OptionConverters.Method());
    private final OptionSpec levelOption = CommandSpecs.option("--level", "0.95", "level", ConfidenceLevel.class,
            new OptionConverters.Level());
    private final OptionSpec jsonOption = CommandSpecs.flag("--json", "json");

    private SummaryCommand(LoopWatchCommand root) {
        this.root = root;
    }

    static CommandSpec spec(LoopWatchCommand root) {
        SummaryCommand command = new SummaryCommand(root);
        CommandSpec spec = CommandSpecs.command("summary", command);
        command.period.addTo(spec);
        return CommandSpecs.withStandardHelp(spec.addOption(command.groupsOption).addOption(command.methodOption)
                .addOption(command.levelOption).addOption(command.jsonOption));
    }

    @Override
    public Integer call() {
        CommandContext context = root.context();
        List<String> groupNames = CommandSpecs.value(groupsOption, List.of());
        IntervalMethod method = method();
        ConfidenceLevel level = level();
        boolean json = jsonOption.getValue();
        period.check("summary");
        try (Database database = context.openForReading()) {
            List<Group> all = database.groups().findAll();
            List<Group> groups = selectGroups(all, groupNames);
            ResultIndex index = database.results().index();
            Optional<LocalDate> first = period.from().or(index::firstDate);
            Optional<LocalDate> last = period.to().or(index::lastDate);
            RollingWindow window = RollingWindow.ofDays(database.settings().rollingWindowDays())
                    .orElse(RollingWindow.DEFAULT);
            Optional<LocalDate> loopStart = database.event().find().map(Event::loopStart);
            PeriodSummary summary = summary(index, all, groups, first, last, window, loopStart,
                    LocalDate.now(context.clock()), database.alertRules().load());
            if (json) {
                context.out().println(json(first, last, method, level, summary, names(all)));
            } else {
                context.out().print(SummaryTable.render(first, last, method, level, summary));
            }
        }
        return ExitCode.OK;
    }

    private IntervalMethod method() {
        return CommandSpecs.value(methodOption, IntervalMethod.WILSON);
    }

    private ConfidenceLevel level() {
        return CommandSpecs.value(levelOption, ConfidenceLevel.NINETY_FIVE);
    }

    /**
     * The domain summary behind the output: the computation tiles and the briefing use, for each
     * chosen group and {@value #ALL_GROUPS} (those groups together), in arrival, in-loop and both.
     * Without data the period is empty and every row says "no tests".
     */
    private PeriodSummary summary(ResultIndex index, List<Group> all, List<Group> groups, Optional<LocalDate> first,
                                  Optional<LocalDate> last, RollingWindow window, Optional<LocalDate> loopStart,
                                  LocalDate today, AlertRules rules) {
        List<Group> ordered = groups.stream()
                .sorted(Comparator.comparingInt(Group::displayOrder).thenComparing(Group::name)).toList();
        List<SummarySubject> subjects = new ArrayList<>();
        ordered.forEach(group -> subjects.add(SummarySubject.ofGroup(group)));
        subjects.add(new SummarySubject(ALL_GROUPS, ALL_GROUPS,
                Selection.allGroups(ordered, Selection.BOTH_STAGES).groupIds(), true));
        LocalDate from = first.orElse(today);
        LocalDate to = last.orElse(from);
        if (first.isEmpty() || last.isEmpty() || to.isBefore(from)) {
            // No data, or a period outside it: sum an empty day (a period reversed was refused above).
            from = to.isBefore(from) ? to : from;
        }
        return PeriodSummaryCalculator.summarize(PeriodSummaryRequest.of(index, all, subjects, from, to)
                .withScopes(List.of(StageScope.ARRIVAL, StageScope.IN_LOOP, StageScope.BOTH))
                .withWindow(window)
                .withInterval(method(), level())
                .withReportingBounds(loopStart, today)
                .withAlertRules(rules));
    }

    private static List<Group> selectGroups(List<Group> all, List<String> wanted) {
        if (wanted.isEmpty()) {
            return all;
        }
        List<Group> chosen = new ArrayList<>();
        for (String name : wanted) {
            Group group = all.stream().filter(candidate -> candidate.hasName(name)).findFirst()
                    .orElseThrow(() -> unknownGroup(name, all.stream().map(Group::name).toList()));
            if (!chosen.contains(group)) {
                chosen.add(group);
            }
        }
        return chosen;
    }

    private static UsageException unknownGroup(String name, List<String> names) {
        String known = ListStyle.names(names);
        return new UsageException(NearestName.meant(name, names)
                .map(meant -> UsageTexts.TEXT.format("summary.unknownGroupMeant", name, meant, known))
                .orElseGet(() -> UsageTexts.TEXT.format("summary.unknownGroup", name, known)));
    }

    private static Map<Long, String> names(List<Group> groups) {
        Map<Long, String> names = new LinkedHashMap<>();
        groups.forEach(group -> names.put(group.id(), group.name()));
        return names;
    }

    private static String json(Optional<LocalDate> from, Optional<LocalDate> to, IntervalMethod method,
                               ConfidenceLevel level, PeriodSummary summary, Map<Long, String> names) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("from", from.map(LocalDate::toString).orElse(null));
        root.put("to", to.map(LocalDate::toString).orElse(null));
        root.put("method", method.code());
        root.put("level", level.value());
        List<Object> rows = new ArrayList<>();
        List<Object> recent = new ArrayList<>();
        List<Object> flags = new ArrayList<>();
        List<Object> unjudged = new ArrayList<>();
        List<Object> missing = new ArrayList<>();
        for (SubjectSummary subject : summary.subjects()) {
            for (StageFigures figures : subject.stages()) {
                Map<String, Object> row = rateRow(subject.subject().name(), figures.scope(), figures.period());
                row.put("flags", figures.alerts().stream().map(alert -> (Object) AlertJson.flag(alert, names)).toList());
                // Why an unflagged row may say nothing yet: its last day's cells with too few reported days.
                row.put("no_baseline", figures.lastDayWithoutBaseline().stream()
                        .map(check -> (Object) AlertJson.flag(check, names)).toList());
                rows.add(row);
                Map<String, Object> recentRow = rateRow(subject.subject().name(), figures.scope(), figures.recent());
                recentRow.put("incomplete_days", figures.recentCompleteness().incompleteDays());
                recentRow.put("due_days", figures.recentCompleteness().dueDays());
                recent.add(recentRow);
                if (!subject.subject().rollup() && figures.scope() == StageScope.BOTH) {
                    figures.alerts().forEach(alert -> flags.add(AlertJson.flag(alert, names)));
                    figures.lastDayWithoutBaseline().forEach(check -> unjudged.add(AlertJson.flag(check, names)));
                    figures.periodCompleteness().gaps().forEach(gap -> missing.add(cellRow(gap.groupName(),
                            gap.stage(), gap.from(), gap.to())));
                }
            }
        }
        root.put("rows", rows);
        root.put("window_days", summary.request().window().days());
        root.put("recent", recent);
        root.put("flags", flags);
        root.put("missing", missing);
        root.put("no_baseline", unjudged);
        return JsonText.write(root);
    }

    private static Map<String, Object> rateRow(String name, StageScope scope, RateEstimate estimate) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("group", name);
        row.put("stage", scope.code());
        row.put("tests", estimate.counts().tests());
        row.put("positives", estimate.counts().positives());
        row.put("positivity", estimate.positivity());
        row.put("ci_low", estimate.interval().map(interval -> (Object) interval.lower()).orElse(null));
        row.put("ci_high", estimate.interval().map(interval -> (Object) interval.upper()).orElse(null));
        return row;
    }

    private static Map<String, Object> cellRow(String group, Stage stage, LocalDate from, LocalDate to) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("group", group);
        row.put("stage", stage.code());
        row.put("from", from.toString());
        row.put("to", to.toString());
        return row;
    }
}
