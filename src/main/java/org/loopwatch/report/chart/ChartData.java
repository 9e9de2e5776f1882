package org.loopwatch.report.chart;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.loopwatch.domain.Counts;
import org.loopwatch.domain.ExceedanceDetector;
import org.loopwatch.domain.Group;
import org.loopwatch.domain.RateEstimate;
import org.loopwatch.domain.RateFormat;
import org.loopwatch.domain.ResultIndex;
import org.loopwatch.domain.RollingPoint;
import org.loopwatch.domain.RollingPositivityCalculator;
import org.loopwatch.domain.Selection;
import org.loopwatch.domain.Stage;

/**
 * The numbers and words of one chart, computed from a {@link ChartRequest} without JavaFX, so it
 * can be built off the FX thread and tested plainly. {@link ChartFactory} draws it.
 *
 * @param title          what the chart shows, e.g. "7-day positivity with 95 % confidence interval"
 * @param subtitle       period, stage and groups
 * @param definition     the measure's definition, for captions and the provenance footer
 * @param valueAxisLabel label of the vertical axis
 * @param series         one per subject drawn (stacked charts: per group), in drawing order
 */
public record ChartData(ChartRequest request, String title, String subtitle, String definition,
                        String valueAxisLabel, List<ChartSeries> series) {

    public ChartData {
        series = List.copyOf(series);
    }

    /** Computes every point of the requested chart. */
    public static ChartData of(ChartRequest request) {
        List<ChartSubject> drawn = request.kind().stacksGroups() ? stackedGroups(request) : request.subjects();
        List<ChartSeries> series = new ArrayList<>();
        for (ChartSubject subject : drawn) {
            series.add(new ChartSeries(subject, points(request, subject)));
        }
        return new ChartData(request, title(request), subtitle(request, drawn), definition(request),
                valueAxisLabel(request), series);
    }

    public ChartKind kind() {
        return request.kind();
    }

    /** True when values are fractions (positivity), false when they are counts. */
    public boolean showsRates() {
        return kind() == ChartKind.ROLLING;
    }

    /** The largest value the vertical axis must show: rates (with bands up to twice the top rate), stacked day totals or counts. */
    public double maxValue() {
        double max = 0;
        if (kind().stacksGroups()) {
            int days = series.isEmpty() ? 0 : series.get(0).points().size();
            for (int day = 0; day < days; day++) {
                double total = 0;
                for (ChartSeries one : series) {
                    total += one.points().get(day).value().orElse(0.0);
                }
                max = Math.max(max, total);
            }
            return max;
        }
        double maxUpper = 0;
        for (ChartSeries one : series) {
            for (ChartPoint point : one.points()) {
                max = Math.max(max, point.value().orElse(0.0));
                if (point.interval().isPresent()) {
                    maxUpper = Math.max(maxUpper, point.interval().get().upper());
                }
            }
        }
        // A window with few tests has a very wide interval (0 / 3 tests: up to 56 %). Scaling the
        // axis to it would flatten every line at 0.01 % to the bottom, so the axis shows the
        // rates and bands up to twice the highest rate; taller bands are cut at the top.
        return max > 0 ? Math.max(max, Math.min(maxUpper, 2 * max)) : maxUpper;
    }

    /** The key dates that fall inside the period. */
    public List<ChartMarker> visibleMarkers() {
        return request.markers().stream()
                .filter(marker -> !marker.date().isBefore(request.from()) && !marker.date().isAfter(request.to()))
                .toList();
    }

    /** The dates flagged by the exceedance rule in any series, in order. */
    public List<LocalDate> flaggedDates() {
        return series.stream().flatMap(one -> one.points().stream()).filter(ChartPoint::flagged)
                .map(ChartPoint::date).distinct().sorted().toList();
    }

    /**
     * The groups of the stacked charts: the chosen groups, or when only rollups are chosen their
     * member groups (stacking rollups would count a group twice).
     */
    static List<ChartSubject> stackedGroups(ChartRequest request) {
        List<ChartSubject> groups = request.subjects().stream().filter(subject -> !subject.rollup()).toList();
        if (!groups.isEmpty()) {
            return groups;
        }
        Set<Long> members = new LinkedHashSet<>();
        request.subjects().forEach(subject -> members.addAll(subject.groupIds()));
        List<ChartSubject> expanded = new ArrayList<>();
        for (Group group : request.allGroups()) {
            if (members.contains(group.id())) {
                expanded.add(ChartSubject.ofGroup(group));
            }
        }
        return expanded;
    }

    private static List<ChartPoint> points(ChartRequest request, ChartSubject subject) {
        Selection selection = subject.selection(request.stage().stages());
        List<ChartPoint> points = new ArrayList<>();
        for (LocalDate date = request.from(); !date.isAfter(request.to()); date = date.plusDays(1)) {
            points.add(switch (request.kind()) {
                case ROLLING -> rollingPoint(request, subject, selection, date);
                case POSITIVES, TESTS -> dayPoint(request, subject, selection, date);
                case CUMULATIVE -> cumulativePoint(request, subject, selection, date);
            });
        }
        return points;
    }

    private static ChartPoint rollingPoint(ChartRequest request, ChartSubject subject, Selection selection,
                                           LocalDate date) {
        RollingPoint rolling = RollingPositivityCalculator.at(request.index(), selection, date, request.window(),
                request.method(), request.level());
        RateEstimate estimate = rolling.estimate();
        boolean flagged = isFlagged(request.index(), selection, date);
        StringBuilder text = new StringBuilder(subject.name()).append(", ").append(request.window().days())
                .append(" days to ").append(ChartText.date(date)).append(":\n").append(RateFormat.describe(estimate));
        if (rolling.incomplete()) {
            text.append("\nWindow incomplete: a day was not reported.");
        }
        appendFlag(text, flagged);
        Optional<Double> value = estimate.positivity().isPresent()
                ? Optional.of(estimate.positivity().getAsDouble()) : Optional.empty();
        return new ChartPoint(date, value, estimate.interval(), rolling.incomplete(), flagged, text.toString());
    }

    private static ChartPoint dayPoint(ChartRequest request, ChartSubject subject, Selection selection,
                                       LocalDate date) {
        ResultIndex index = request.index();
        Counts counts = index.sum(selection, date);
        int reported = reportedCells(index, selection, date);
        boolean complete = index.isComplete(selection, date, date);
        boolean positives = request.kind() == ChartKind.POSITIVES;
        boolean flagged = positives && isFlagged(index, selection, date);
        StringBuilder text = new StringBuilder(subject.name()).append(", ").append(ChartText.date(date)).append(": ");
        if (reported == 0) {
            text.append("not reported");
        } else {
            text.append(positives
                    ? RateFormat.count(counts.positives()) + " positives in " + RateFormat.count(counts.tests()) + " tests"
                    : RateFormat.count(counts.tests()) + " tests");
            if (!complete) {
                text.append(" (a stage was not reported)");
            }
        }
        appendFlag(text, flagged);
        double value = positives ? counts.positives() : counts.tests();
        return new ChartPoint(date, Optional.of(value), Optional.empty(), !complete, flagged, text.toString());
    }

    private static ChartPoint cumulativePoint(ChartRequest request, ChartSubject subject, Selection selection,
                                              LocalDate date) {
        Counts counts = request.index().sum(selection, request.loopStart(), date);
        String text = subject.name() + ", " + ChartText.period(request.loopStart(), date) + ": "
                + RateFormat.count(counts.positives()) + " positives in " + RateFormat.count(counts.tests()) + " tests";
        return new ChartPoint(date, Optional.of((double) counts.positives()), Optional.empty(), false, false, text);
    }

    private static boolean isFlagged(ResultIndex index, Selection selection, LocalDate date) {
        return !ExceedanceDetector.flaggedCells(index, date, selection).isEmpty();
    }

    private static void appendFlag(StringBuilder text, boolean flagged) {
        if (flagged) {
            text.append("\nFlagged: more positives than the 14 days before would explain (p < 0.01).");
        }
    }

    private static int reportedCells(ResultIndex index, Selection selection, LocalDate date) {
        int reported = 0;
        for (long groupId : selection.groupIds()) {
            for (Stage stage : selection.stages()) {
                if (index.isReported(date, groupId, stage)) {
                    reported++;
                }
            }
        }
        return reported;
    }

    private static String title(ChartRequest request) {
        return switch (request.kind()) {
            case ROLLING -> request.window().label() + " with " + request.level().percent() + " % confidence interval";
            case POSITIVES -> "Positives per day, by group";
            case TESTS -> "Tests per day, by group";
            case CUMULATIVE -> "Cumulative positives since " + ChartText.date(request.loopStart());
        };
    }

    private static String subtitle(ChartRequest request, List<ChartSubject> drawn) {
        String names = drawn.stream().map(ChartSubject::name).collect(Collectors.joining(", "));
        return ChartText.period(request.from(), request.to()) + " · " + request.stage().label()
                + (names.isEmpty() ? "" : " · " + names);
    }

    private static String definition(ChartRequest request) {
        return switch (request.kind()) {
            case ROLLING -> request.window().label() + " = positives ÷ tests over the " + request.window().days()
                    + " days ending each day, ratio of sums; " + request.level().percent() + " % CI, "
                    + request.method().label();
            case POSITIVES -> "Positives reported per day, stacked by group";
            case TESTS -> "Tests reported per day, stacked by group";
            case CUMULATIVE -> "Positives summed from the loop start (" + ChartText.date(request.loopStart())
                    + ") to each day";
        };
    }

    private static String valueAxisLabel(ChartRequest request) {
        return switch (request.kind()) {
            case ROLLING -> request.window().label();
            case POSITIVES -> "Positives per day";
            case TESTS -> "Tests per day";
            case CUMULATIVE -> "Positives since loop start";
        };
    }
}
