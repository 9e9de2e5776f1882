package org.loopwatch.report.chart;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.loopwatch.domain.Counts;
import org.loopwatch.domain.Exceedance;
import org.loopwatch.domain.ExceedanceDetector;
import org.loopwatch.domain.Group;
import org.loopwatch.domain.PositivityCalculator;
import org.loopwatch.domain.RateEstimate;
import org.loopwatch.domain.ReportingCompleteness;
import org.loopwatch.domain.ResultIndex;
import org.loopwatch.domain.RollingPoint;
import org.loopwatch.domain.RollingPositivityCalculator;
import org.loopwatch.domain.Selection;
import org.loopwatch.domain.Stage;

/**
 * The points of one series of a chart, with their tooltip sentences ({@link PointTexts}): one per day, or per week or
 * month of a long period ({@link ChartStep}). A week's or month's positivity is the ratio of its
 * sums, like every positivity here; its counts are its sums; it is incomplete when any of its days
 * was due and not reported ({@link ReportingCompleteness}, the rule of the tiles). Only days are flagged: the exceedance rule judges a day against the 14 before
 * it, and a month "with a flagged day" would be nearly every month of a long period, which says
 * nothing (the briefing's summary counts the flagged days).
 */
public final class ChartPoints {

    private final ChartRequest request;
    private final ChartStep step;
    private final ReportingCompleteness completeness;

    public ChartPoints(ChartRequest request, ChartStep step) {
        this.request = request;
        this.step = step;
        // The tiles' rule (decision 0028): a (group, stage) is due from the later of the loop start and
        // its first result in that stage, up to today, while active; so are the open dots here.
        this.completeness = new ReportingCompleteness(request.index(), request.allGroups(),
                Optional.of(request.loopStart()), request.today());
    }

    public List<ChartPoint> of(ChartSubject subject) {
        return of(subject, EarlierPoints.NONE);
    }

    /** As {@link #of(ChartSubject)}, taking each point {@code earlier} still holds instead of computing it. */
    List<ChartPoint> of(ChartSubject subject, EarlierPoints earlier) {
        Selection selection = subject.selection(request.stage().stages());
        List<ChartPoint> points = new ArrayList<>();
        for (ChartStep.Stretch stretch : step.stretches(request.from(), request.to())) {
            ChartPoint kept = earlier.stillValid(stretch.first(), stretch.last(), firstDayRead(stretch.first()));
            points.add(kept != null ? kept : switch (request.kind()) {
                case ROLLING -> step == ChartStep.DAY
                        ? rollingPoint(subject, selection, stretch.last())
                        : stretchPositivity(subject, selection, stretch);
                case POSITIVES, TESTS -> countPoint(subject, selection, stretch);
                case CUMULATIVE -> cumulativePoint(subject, selection, stretch.last());
            });
        }
        return points;
    }

    /**
     * The first day whose rows (of the series' cells) a point from {@code first} on reads: its
     * rolling window and the alert baseline before it; for cumulative counts, every day. Besides
     * rows, a point reads only its cells' first results and what its request holds.
     */
    LocalDate firstDayRead(LocalDate first) {
        return request.kind() == ChartKind.CUMULATIVE ? LocalDate.MIN
                : first.minusDays(Math.max(request.window().days(), ExceedanceDetector.BASELINE_DAYS));
    }

    private ChartPoint rollingPoint(ChartSubject subject, Selection selection, LocalDate date) {
        RollingPoint rolling = RollingPositivityCalculator.at(request.index(), selection, date, request.window(),
                request.method(), request.level(), completeness);
        RateEstimate estimate = rolling.estimate();
        List<PointTexts.Flag> flags = flags(selection, date);
        return new ChartPoint(date, date, value(estimate), estimate.interval(), rolling.incomplete(), !flags.isEmpty(),
                PointTexts.rolling(subject.name(), request.window().days(), date, estimate, rolling.incomplete(), flags),
                estimate.counts());
    }

    private ChartPoint stretchPositivity(ChartSubject subject, Selection selection, ChartStep.Stretch stretch) {
        ResultIndex index = request.index();
        RateEstimate estimate = PositivityCalculator.estimate(index.sum(selection, stretch.first(), stretch.last()),
                request.method(), request.level());
        boolean incomplete = !completeness.isComplete(selection, stretch.first(), stretch.last());
        return new ChartPoint(stretch.first(), stretch.last(), value(estimate), estimate.interval(), incomplete,
                false, PointTexts.stretch(subject.name(), name(stretch), estimate, incomplete), estimate.counts());
    }

    private ChartPoint countPoint(ChartSubject subject, Selection selection, ChartStep.Stretch stretch) {
        ResultIndex index = request.index();
        Counts counts = index.sum(selection, stretch.first(), stretch.last());
        boolean reported = isReported(selection, stretch);
        boolean complete = completeness.isComplete(selection, stretch.first(), stretch.last());
        boolean positives = request.kind() == ChartKind.POSITIVES;
        List<PointTexts.Flag> flags = positives && step == ChartStep.DAY ? flags(selection, stretch.first()) : List.of();
        double value = positives ? counts.positives() : counts.tests();
        return new ChartPoint(stretch.first(), stretch.last(), Optional.of(value), Optional.empty(), !complete,
                !flags.isEmpty(), PointTexts.count(subject.name(), name(stretch), positives, counts, reported, complete,
                        flags), counts);
    }

    private ChartPoint cumulativePoint(ChartSubject subject, Selection selection, LocalDate date) {
        Counts counts = request.index().sum(selection, request.loopStart(), date);
        return new ChartPoint(date, date, Optional.of((double) counts.positives()), Optional.empty(), false, false,
                PointTexts.cumulative(subject.name(), request.loopStart(), date, counts), counts);
    }

    private PointTexts.Name name(ChartStep.Stretch stretch) {
        return new PointTexts.Name(step, stretch.first(), stretch.last());
    }

    /** The day's flagged cells of the selection, each judged by its own rule (as on the tiles), with their groups' names. */
    private List<PointTexts.Flag> flags(Selection selection, LocalDate date) {
        List<Exceedance> alerts = ExceedanceDetector.alertsOn(request.index(), date, selection, request.alertRules());
        if (alerts.isEmpty()) {
            return List.of();
        }
        List<PointTexts.Flag> flags = new ArrayList<>(alerts.size());
        for (Exceedance alert : alerts) {
            String group = request.allGroups().stream().filter(each -> each.id() == alert.cell().groupId())
                    .map(Group::name).findFirst().orElse("#" + alert.cell().groupId());
            flags.add(new PointTexts.Flag(alert, group));
        }
        return List.copyOf(flags);
    }

    private boolean isReported(Selection selection, ChartStep.Stretch stretch) {
        for (LocalDate date = stretch.first(); !date.isAfter(stretch.last()); date = date.plusDays(1)) {
            for (long groupId : selection.groupIds()) {
                for (Stage stage : selection.stages()) {
                    if (request.index().isReported(date, groupId, stage)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static Optional<Double> value(RateEstimate estimate) {
        return estimate.positivity().isPresent() ? Optional.of(estimate.positivity().getAsDouble()) : Optional.empty();
    }
}
