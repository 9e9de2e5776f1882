package org.loopwatch.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.loopwatch.domain.ConfidenceLevel;
import org.loopwatch.domain.ExceedanceDetector;
import org.loopwatch.domain.IntervalMethod;
import org.loopwatch.domain.PositivityCalculator;
import org.loopwatch.domain.RateEstimate;
import org.loopwatch.domain.RateFormat;
import org.loopwatch.domain.ResultIndex;
import org.loopwatch.domain.RollingWindow;
import org.loopwatch.domain.Selection;
import org.loopwatch.domain.Stage;
import org.loopwatch.report.chart.ChartSubject;
import org.loopwatch.report.chart.ChartText;
import org.loopwatch.report.chart.StageFilter;

/**
 * The briefing's summary table: per group and rollup, arrival, in-loop and both stages, the
 * period's tests, positives, positivity with its interval, the last W days' positivity and flags
 * (exceedance days in the period, unreported days in the last W days). Text by {@link RateFormat}.
 */
final class BriefingSummary {

    static final List<StageFilter> STAGES = List.of(StageFilter.ARRIVAL, StageFilter.IN_LOOP, StageFilter.ALL);

    private final ResultIndex index;
    private final LocalDate first;
    private final LocalDate last;
    private final RollingWindow window;
    private final IntervalMethod method;
    private final ConfidenceLevel level;
    private final Map<String, List<LocalDate>> flaggedByCell = new HashMap<>();

    BriefingSummary(ResultIndex index, LocalDate first, LocalDate last, RollingWindow window, IntervalMethod method,
                    ConfidenceLevel level) {
        this.index = index;
        this.first = first;
        this.last = last;
        this.window = window;
        this.method = method;
        this.level = level;
    }

    /** The short stage names of the table. */
    static String stageName(StageFilter stage) {
        return switch (stage) {
            case ARRIVAL -> "Arrival";
            case IN_LOOP -> "In-loop";
            case ALL -> "Both";
        };
    }

    List<BriefingContent.SummaryLine> lines(List<ChartSubject> subjects) {
        List<BriefingContent.SummaryLine> lines = new ArrayList<>();
        for (ChartSubject subject : subjects) {
            for (StageFilter stage : STAGES) {
                lines.add(line(subject, stage));
            }
        }
        return lines;
    }

    private BriefingContent.SummaryLine line(ChartSubject subject, StageFilter stage) {
        Selection selection = subject.selection(stage.stages());
        RateEstimate period = PositivityCalculator.estimate(index.sum(selection, first, last), method, level);
        RateEstimate recent = PositivityCalculator.estimate(index.sum(selection, window.firstDay(last), last),
                method, level);
        return new BriefingContent.SummaryLine(subject.name(), stageName(stage),
                RateFormat.count(period.counts().tests()), RateFormat.count(period.counts().positives()),
                breakable(RateFormat.positivity(period)), period.hasNoTests() ? "" : RateFormat.interval(period),
                breakable(RateFormat.positivity(recent)), flags(selection), subject.rollup());
    }

    /** Puts "(9.81 per 100,000 tests)" of a tiny rate on its own line, not split in the middle. */
    private static String breakable(String positivity) {
        return positivity.replace(" (", "\n(");
    }

    private String flags(Selection selection) {
        TreeSet<LocalDate> flagged = new TreeSet<>();
        for (long groupId : selection.groupIds()) {
            for (Stage stage : selection.stages()) {
                flagged.addAll(flaggedByCell.computeIfAbsent(groupId + "/" + stage.code(),
                        key -> ExceedanceDetector.flaggedDates(index, groupId, stage, first, last)));
            }
        }
        List<String> parts = new ArrayList<>();
        if (flagged.size() == 1) {
            parts.add("Flagged " + ChartText.dayMonth(flagged.first()));
        } else if (!flagged.isEmpty()) {
            parts.add("Flagged " + flagged.size() + " days, last " + ChartText.dayMonth(flagged.last()));
        }
        int missing = 0;
        for (LocalDate date = window.firstDay(last); !date.isAfter(last); date = date.plusDays(1)) {
            if (!index.isComplete(selection, date, date)) {
                missing++;
            }
        }
        if (missing > 0) {
            parts.add(missing + " of " + window.days() + " days incomplete");
        }
        return String.join("\n", parts);
    }
}
