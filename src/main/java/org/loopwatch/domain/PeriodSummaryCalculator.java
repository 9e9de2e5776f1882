package org.loopwatch.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The one computation behind every summary figure (SPEC §2, STYLE "one computation per figure"):
 * for each subject (group, rollup or all groups) and stage scope, the period's positivity with its
 * interval, the last W days' positivity, the alerts (flagged cells with why) and whether every due row was
 * reported, with which group, stage and days are missing.
 *
 * <p>Tiles, the briefing's summary table, {@code loopwatch summary} and the daily statement call
 * {@link #summarize} and only format what it returns.
 *
 * <p>Usage:
 * <pre>{@code
 * PeriodSummary summary = PeriodSummaryCalculator.summarize(
 *         PeriodSummaryRequest.of(index, groups, subjects, from, to)
 *                 .withWindow(RollingWindow.SEVEN_DAYS)
 *                 .withReportingBounds(loopStart, LocalDate.now(clock)));
 * StageFigures inLoop = summary.find("group-1", StageScope.IN_LOOP).orElseThrow();
 * }</pre>
 *
 * <p>Edge cases: a period or window without tests gives estimates with "no tests" (never 0 %);
 * a subject without groups sums to zero and is complete; flags are judged per cell by
 * {@link ExceedanceDetector}, never on a sum of cells. Each cell's flags and gaps are computed once
 * per call, however many rollups hold the cell. Cost: a few sums per cell plus one exceedance
 * check per reported cell-day of the period.
 */
public final class PeriodSummaryCalculator {

    private PeriodSummaryCalculator() {
    }

    /** Summarises every subject of the request in each of its scopes. */
    public static PeriodSummary summarize(PeriodSummaryRequest request) {
        Run run = new Run(request);
        List<SubjectSummary> subjects = new ArrayList<>(request.subjects().size());
        for (SummarySubject subject : request.subjects()) {
            List<StageFigures> stages = new ArrayList<>(request.scopes().size());
            for (StageScope scope : request.scopes()) {
                stages.add(run.figures(subject, scope));
            }
            subjects.add(new SubjectSummary(subject, stages));
        }
        return new PeriodSummary(request, subjects);
    }

    /** One call's caches: flags and gaps per cell, shared by the subjects that hold the cell. */
    private static final class Run {

        private final PeriodSummaryRequest request;
        private final ReportingCompleteness completeness;
        private final Map<ResultKey, List<Exceedance>> alertsByCell = new HashMap<>();

        Run(PeriodSummaryRequest request) {
            this.request = request;
            this.completeness = new ReportingCompleteness(request.index(), request.groups(), request.loopStart(),
                    request.today());
        }

        StageFigures figures(SummarySubject subject, StageScope scope) {
            ResultIndex index = request.index();
            Selection selection = subject.selection(scope);
            RateEstimate period = PositivityCalculator.estimate(index.sum(selection, request.from(), request.to()),
                    request.method(), request.level());
            RateEstimate recent = PositivityCalculator.estimate(index.sum(selection, request.windowFrom(),
                    request.to()), request.method(), request.level());
            return new StageFigures(scope, period, recent, alerts(selection),
                    ExceedanceDetector.checks(index, request.to(), selection, request.alertRules()),
                    completeness.of(selection, request.from(), request.to()),
                    completeness.of(selection, request.windowFrom(), request.to()));
        }

        private List<Exceedance> alerts(Selection selection) {
            List<Exceedance> flagged = new ArrayList<>();
            for (long groupId : selection.groupIds()) {
                for (Stage stage : selection.orderedStages()) {
                    flagged.addAll(alertsByCell.computeIfAbsent(new ResultKey(request.from(), groupId, stage),
                            cell -> ExceedanceDetector.alerts(request.index(), groupId, stage, request.from(),
                                    request.to(), request.alertRules().ruleFor(groupId, stage))));
                }
            }
            flagged.sort(Comparator.comparing((Exceedance alert) -> alert.cell().date())
                    .thenComparingLong(alert -> alert.cell().groupId()).thenComparing(alert -> alert.cell().stage()));
            return flagged;
        }
    }
}
