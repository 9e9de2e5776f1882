package org.loopwatch.report.chart;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.loopwatch.domain.AlertText;
import org.loopwatch.domain.Counts;
import org.loopwatch.domain.Exceedance;
import org.loopwatch.domain.ExceedanceDetector;
import org.loopwatch.domain.Group;
import org.loopwatch.domain.PositivityCalculator;
import org.loopwatch.domain.RateEstimate;
import org.loopwatch.domain.RateFormat;
import org.loopwatch.domain.ReportingCompleteness;
import org.loopwatch.domain.ResultIndex;
import org.loopwatch.domain.RollingPoint;
import org.loopwatch.domain.RollingPositivityCalculator;
import org.loopwatch.domain.Selection;
import org.loopwatch.domain.Stage;

/**
 * The points of one series of a chart, with their tooltip sentences: one per day, or per week or
 * month of a long period ({@link ChartStep}). A week's or month's positivity is the ratio of its
 * sums, like every positivity here; its counts are its sums; it is incomplete when any of its days
 * was due and not reported ({@link ReportingCompleteness}, the rule of the tiles). Only days are flagged: the exceedance rule judges a day against the 14 before
 * it, and a month "with a flagged day" would be nearly every month of a long period, which says
 * nothing (the briefing's summary counts the flagged days).
 */
public final class ChartPoints {

    private static final org.loopwatch.domain.text.Texts TEXT = org.loopwatch.domain.text.Texts.of(ChartPoints.class);

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
        List<Exceedance> alerts = alerts(selection, date);
        boolean flagged = !alerts.isEmpty();
        StringBuilder text = new StringBuilder(TEXT.format("point.rolling", subject.name(), request.window().days(),
                ChartText.date(date), RateFormat.describe(estimate)));
        if (rolling.incomplete()) {
            text.append(TEXT.get("point.windowIncomplete"));
        }
        appendFlag(text, alerts);
        return new ChartPoint(date, date, value(estimate), estimate.interval(), rolling.incomplete(), flagged,
                text.toString(), estimate.counts());
    }

    private ChartPoint stretchPositivity(ChartSubject subject, Selection selection, ChartStep.Stretch stretch) {
        ResultIndex index = request.index();
        RateEstimate estimate = PositivityCalculator.estimate(index.sum(selection, stretch.first(), stretch.last()),
                request.method(), request.level());
        boolean incomplete = !completeness.isComplete(selection, stretch.first(), stretch.last());
        StringBuilder text = new StringBuilder(TEXT.format("point.stretch", subject.name(), name(stretch),
                RateFormat.describe(estimate)));
        if (incomplete) {
            text.append(TEXT.format("point.stretchIncomplete", step.noun()));
        }
        return new ChartPoint(stretch.first(), stretch.last(), value(estimate), estimate.interval(), incomplete,
                false, text.toString(), estimate.counts());
    }

    private ChartPoint countPoint(ChartSubject subject, Selection selection, ChartStep.Stretch stretch) {
        ResultIndex index = request.index();
        Counts counts = index.sum(selection, stretch.first(), stretch.last());
        boolean reported = isReported(selection, stretch);
        boolean complete = completeness.isComplete(selection, stretch.first(), stretch.last());
        boolean positives = request.kind() == ChartKind.POSITIVES;
        List<Exceedance> alerts = positives && step == ChartStep.DAY ? alerts(selection, stretch.first()) : List.of();
        boolean flagged = !alerts.isEmpty();
        StringBuilder text = new StringBuilder();
        if (!reported) {
            text.append(TEXT.format("point.notReported", subject.name(), name(stretch)));
        } else {
            text.append(positives
                    ? TEXT.format("point.positives", subject.name(), name(stretch), RateFormat.count(counts.positives()),
                            RateFormat.count(counts.tests()))
                    : TEXT.format("point.tests", subject.name(), name(stretch), RateFormat.count(counts.tests())));
            if (!complete) {
                text.append(step == ChartStep.DAY ? TEXT.get("point.stageMissing")
                        : TEXT.format("point.dayMissing", step.noun()));
            }
        }
        appendFlag(text, alerts);
        double value = positives ? counts.positives() : counts.tests();
        return new ChartPoint(stretch.first(), stretch.last(), Optional.of(value), Optional.empty(), !complete,
                flagged, text.toString(), counts);
    }

    private ChartPoint cumulativePoint(ChartSubject subject, Selection selection, LocalDate date) {
        Counts counts = request.index().sum(selection, request.loopStart(), date);
        String text = TEXT.format("point.positives", subject.name(), ChartText.period(request.loopStart(), date),
                RateFormat.count(counts.positives()), RateFormat.count(counts.tests()));
        return new ChartPoint(date, date, Optional.of((double) counts.positives()), Optional.empty(), false, false,
                text, counts);
    }

    /** "22 Jan 2022" for a day, "week 16 – 22 Jan 2022", "January 2022" (or the part of it in the period). */
    private String name(ChartStep.Stretch stretch) {
        return switch (step) {
            case DAY -> ChartText.date(stretch.first());
            case WEEK -> TEXT.format("point.week", ChartText.period(stretch.first(), stretch.last()));
            case MONTH -> stretch.first().getDayOfMonth() == 1
                    && stretch.last().getDayOfMonth() == stretch.last().lengthOfMonth()
                    ? ChartText.month(stretch.first())
                    : ChartText.period(stretch.first(), stretch.last());
        };
    }

    /** The day's flagged cells of the selection, each judged by its own rule (as on the tiles). */
    private List<Exceedance> alerts(Selection selection, LocalDate date) {
        return ExceedanceDetector.alertsOn(request.index(), date, selection, request.alertRules());
    }

    /** "Flagged:" and each flag explained (counts, baseline, probability), as the tile's badge says it. */
    private void appendFlag(StringBuilder text, List<Exceedance> alerts) {
        if (alerts.isEmpty()) {
            return;
        }
        text.append(TEXT.get("point.flagged"));
        for (Exceedance alert : alerts) {
            String group = request.allGroups().stream().filter(each -> each.id() == alert.cell().groupId())
                    .map(Group::name).findFirst().orElse("#" + alert.cell().groupId());
            text.append("\n").append(AlertText.explain(alert, group));
        }
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
