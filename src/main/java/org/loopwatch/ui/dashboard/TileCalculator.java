package org.loopwatch.ui.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.loopwatch.domain.ExceedanceDetector;
import org.loopwatch.domain.Group;
import org.loopwatch.domain.PositivityCalculator;
import org.loopwatch.domain.RateEstimate;
import org.loopwatch.domain.RateFormat;
import org.loopwatch.domain.ResultIndex;
import org.loopwatch.domain.ResultKey;
import org.loopwatch.domain.Selection;
import org.loopwatch.report.chart.ChartInputs;
import org.loopwatch.report.chart.ChartSubject;
import org.loopwatch.report.chart.ChartText;

/** Computes a tile's texts with the domain's measures and {@link RateFormat}; no JavaFX. */
final class TileCalculator {

    private TileCalculator() {
    }

    /**
     * The tile of one subject: positivity from {@code countingStart} to the filter's last day, and
     * over the last W days up to it.
     */
    static TileData tile(ChartInputs inputs, ChartSubject subject, DashboardFilters filters, LocalDate countingStart) {
        ResultIndex index = inputs.index();
        Selection selection = subject.selection(filters.stage().stages());
        LocalDate last = filters.to();
        LocalDate windowStart = filters.window().firstDay(last);

        RateEstimate cumulative = PositivityCalculator.estimate(index.sum(selection, countingStart, last),
                filters.method(), filters.level());
        RateEstimate recent = PositivityCalculator.estimate(index.sum(selection, windowStart, last),
                filters.method(), filters.level());
        TileFigure since = figure("Since " + ChartText.date(countingStart), cumulative);
        TileFigure window = figure("Last " + filters.window().days() + " days · "
                + ChartText.period(windowStart, last), recent);

        List<ResultKey> flagged = ExceedanceDetector.flaggedCells(index, last, selection);
        Optional<String> badge = flagged.isEmpty() ? Optional.empty()
                : Optional.of("Flagged " + ChartText.dayMonth(last));
        return new TileData(subject, since, window, badge, badgeDetail(inputs, flagged),
                incompleteText(index, selection, windowStart, last, filters.window().days()));
    }

    private static TileFigure figure(String heading, RateEstimate estimate) {
        String interval = estimate.hasNoTests() ? "" : RateFormat.interval(estimate);
        return new TileFigure(heading, positivity(estimate), interval, RateFormat.counts(estimate.counts()));
    }

    /**
     * {@link RateFormat#positivity} with the per-100,000 figure of a tiny rate on its own line, so
     * a narrow tile breaks "0.00981 %" / "(9.81 per 100,000 tests)" there and nowhere else.
     */
    static String positivity(RateEstimate estimate) {
        return RateFormat.positivity(estimate).replace(" (", "\n(");
    }

    private static Optional<String> incompleteText(ResultIndex index, Selection selection, LocalDate first,
                                                   LocalDate last, int days) {
        int missing = 0;
        for (LocalDate date = first; !date.isAfter(last); date = date.plusDays(1)) {
            if (!index.isComplete(selection, date, date)) {
                missing++;
            }
        }
        if (missing == 0) {
            return Optional.empty();
        }
        return Optional.of(missing + " of " + days + (days == 1 ? " day" : " days") + " not fully reported");
    }

    private static String badgeDetail(ChartInputs inputs, List<ResultKey> flagged) {
        if (flagged.isEmpty()) {
            return "";
        }
        Map<Long, String> names = inputs.groups().stream().collect(Collectors.toMap(Group::id, Group::name));
        String cells = flagged.stream()
                .map(key -> names.getOrDefault(key.groupId(), "group " + key.groupId()) + ", " + key.stage().label()
                        + ": " + RateFormat.counts(inputs.index().cell(key.date(), key.groupId(), key.stage())
                        .orElseThrow()))
                .collect(Collectors.joining("\n"));
        return "More positives on " + ChartText.date(flagged.get(0).date()) + " than the 14 days before would explain "
                + "(binomial p < 0.01, at least 2 positives):\n" + cells;
    }
}
