package org.loopwatch.report.chart;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.loopwatch.domain.Group;
import org.loopwatch.domain.text.ListStyle;

/**
 * The numbers and words of one chart, computed from a {@link ChartRequest} without JavaFX, so it
 * can be built off the FX thread and tested plainly. {@link ChartFactory} draws it.
 *
 * <p>A value like a record of its six parts (equal when they are). What is worked out from them
 * with a pass over every point — the value axis' top, the cut-off marks, the legend — is worked
 * out once and kept: redrawing a chart a save changed asked for the axis top three times and the
 * cut-off marks twice, each a pass over its points on the FX thread (decision 0072). Worked out
 * by the computation instead, they delayed the snapshot by more than they saved the FX thread.
 * The legend's words are in the language of the moment it is first asked for, as the title's
 * are when computed (a chart is computed again when the language changes).
 *
 * @param title          what the chart shows, e.g. "7-day positivity with 95 % confidence interval"
 * @param subtitle       period, stage and groups
 * @param definition     the measure's definition, for captions and the provenance footer
 * @param valueAxisLabel label of the vertical axis
 * @param series         one per subject drawn (stacked charts: per group), in drawing order
 */
public final class ChartData {

    private static final org.loopwatch.domain.text.Texts TEXT = org.loopwatch.domain.text.Texts.of(ChartData.class);

    private final ChartRequest request;
    private final String title;
    private final String subtitle;
    private final String definition;
    private final String valueAxisLabel;
    private final List<ChartSeries> series;
    /* The longest period whose every day has a dot: fewer for a chart drawn narrow (withDotsEveryDayUpTo). */
    private int maxDaysWithDots = MAX_DAYS_WITH_DOTS;
    /* Worked out from the parts above when first asked for (immutable values, so a race only does it twice). */
    private volatile double maxValue = Double.NaN;
    private volatile List<CutMark> cutMarks;
    private volatile List<LegendEntry> legend;

    public ChartData(ChartRequest request, String title, String subtitle, String definition,
                     String valueAxisLabel, List<ChartSeries> series) {
        this.request = request;
        this.title = title;
        this.subtitle = subtitle;
        this.definition = definition;
        this.valueAxisLabel = valueAxisLabel;
        this.series = List.copyOf(series);
    }

    public ChartRequest request() {
        return request;
    }

    public String title() {
        return title;
    }

    public String subtitle() {
        return subtitle;
    }

    public String definition() {
        return definition;
    }

    public String valueAxisLabel() {
        return valueAxisLabel;
    }

    public List<ChartSeries> series() {
        return series;
    }

    /*
     * The same chart drawn from a newer request of the same settings (a save's rows in its index):
     * with the very series list, what was worked out from it holds as it is (ChartSeriesCache#chart).
     */
    ChartData withRequest(ChartRequest newer) {
        ChartData copy = new ChartData(newer, title, subtitle, definition, valueAxisLabel, series);
        copy.maxDaysWithDots = maxDaysWithDots;
        copy.maxValue = maxValue;
        copy.cutMarks = cutMarks;
        copy.legend = legend;
        return copy;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ChartData that && request.equals(that.request) && title.equals(that.title)
                && subtitle.equals(that.subtitle) && definition.equals(that.definition)
                && valueAxisLabel.equals(that.valueAxisLabel) && series.equals(that.series)
                && maxDaysWithDots == that.maxDaysWithDots;
    }

    @Override
    public int hashCode() {
        return Objects.hash(request, title, subtitle, definition, valueAxisLabel, series, maxDaysWithDots);
    }

    @Override
    public String toString() {
        return "ChartData[request=" + request + ", title=" + title + ", subtitle=" + subtitle + ", definition="
                + definition + ", valueAxisLabel=" + valueAxisLabel + ", series=" + series + "]";
    }

    /** Computes every point of the requested chart. */
    public static ChartData of(ChartRequest request) {
        return of(request, null);
    }

    /**
     * Computes the requested chart, taking from {@code cache} every series whose cells' rows are
     * those it was computed from, and of the other series every point whose days' rows are (the
     * same as computing it again, only faster after a save).
     */
    public static ChartData of(ChartRequest request, ChartSeriesCache cache) {
        List<ChartSubject> drawn = request.kind().stacksGroups() ? stackedGroups(request) : request.subjects();
        ChartStep step = ChartStep.forPeriod(request.from(), request.to());
        ChartPoints points = new ChartPoints(request, step);
        List<ChartSeries> series = new ArrayList<>();
        for (ChartSubject subject : drawn) {
            series.add(cache == null ? new ChartSeries(subject, points.of(subject))
                    : cache.series(request, subject, step,
                            earlier -> new ChartSeries(subject, points.of(subject, earlier))));
        }
        if (cache == null) {
            return new ChartData(request, title(request, step), subtitle(request, drawn), definition(request, step),
                    valueAxisLabel(request, step), series);
        }
        return cache.chart(request, series, () -> new ChartData(request, title(request, step),
                subtitle(request, drawn), definition(request, step), valueAxisLabel(request, step), series));
    }

    public ChartKind kind() {
        return request.kind();
    }

    /** How long each point is: days, or weeks or months for a long period. */
    public ChartStep step() {
        return ChartStep.forPeriod(request.from(), request.to());
    }

    /** Beyond this many days, only flagged days keep a dot: hundreds of dots would hide the lines. */
    public static final int MAX_DAYS_WITH_DOTS = 120;

    /** True when every day of the line charts has a dot (a short period); else only flagged days do. */
    public boolean dotsEveryDay() {
        return step() == ChartStep.DAY && (series.isEmpty() || series.get(0).points().size() <= maxDaysWithDots);
    }

    /**
     * The same chart for a plot {@code share} of the usual width or less (a panel of small multiples
     * three or four across): every day keeps a dot only over as many fewer days, so the dots stay
     * apart. Three panels across drew 89 days as a chain of dots that hid the lines beneath.
     *
     * @param share the plot's width as a fraction of a chart's usual width, in (0, 1]
     */
    public ChartData drawnNarrow(double share) {
        if (!(share > 0 && share <= 1)) {
            throw new IllegalArgumentException("a share of the width in (0, 1], not " + share);
        }
        // Nothing worked out is kept: the legend's open-dot note follows the dots.
        ChartData copy = new ChartData(request, title, subtitle, definition, valueAxisLabel, series);
        copy.maxDaysWithDots = (int) Math.floor(MAX_DAYS_WITH_DOTS * share);
        return copy;
    }

    /** True when the point's dot is drawn (every day of a short period, flagged days of a long one). */
    public boolean hasDot(ChartPoint point) {
        return point.flagged() || dotsEveryDay();
    }

    /** True when some dot is drawn open: a day of its window not reported. */
    public boolean hasOpenDots() {
        return kind() == ChartKind.ROLLING && series.stream().flatMap(one -> one.points().stream())
                .anyMatch(point -> point.incomplete() && (point.flagged() || dotsEveryDay()));
    }

    /**
     * What the legend lists: a swatch per group or rollup in its colour (dashed for rollups), then
     * what the shading and the marks mean, when the chart has them.
     */
    public List<LegendEntry> legend() {
        List<LegendEntry> kept = legend;
        if (kept == null) {
            kept = List.copyOf(legendOfPoints());
            legend = kept;
        }
        return kept;
    }

    private List<LegendEntry> legendOfPoints() {
        List<LegendEntry> entries = new ArrayList<>();
        for (ChartSeries one : series) {
            LegendEntry.Mark mark = kind().stacksGroups() ? LegendEntry.Mark.BAR
                    : one.subject().rollup() ? LegendEntry.Mark.DASHED_LINE : LegendEntry.Mark.LINE;
            entries.add(LegendEntry.series(mark, one.subject()));
        }
        if (kind() == ChartKind.ROLLING && !series.isEmpty()) {
            // Once: each is a pass over every point, and the dashboard asks for the legend at every save.
            double top = axisTop();
            entries.add(LegendEntry.note(LegendEntry.Mark.BAND, TEXT.format("legend.band", request.level().percent())));
            if (!cutMarks().isEmpty()) {
                entries.add(LegendEntry.note(LegendEntry.Mark.CUT_OFF, TEXT.get("legend.cutOff")));
            }
            if (hasOpenDots()) {
                entries.add(LegendEntry.note(LegendEntry.Mark.OPEN_DOT, TEXT.get("legend.openDot")));
            }
            // Said here, not in the turned axis title, which a small panel cannot hold (it was cut to "7-day positiv…").
            if (ValueTicks.isSmallRateScale(top)) {
                entries.add(LegendEntry.note(LegendEntry.Mark.TEXT, TEXT.get("legend.smallRates")));
            }
        }
        if (!flaggedDates().isEmpty()) {
            // Only days are flagged (ChartPoints), so the words hold for weeks and months too.
            entries.add(LegendEntry.note(kind().stacksGroups() ? LegendEntry.Mark.FLAG_BAR : LegendEntry.Mark.FLAG,
                    TEXT.get("legend.flag")));
        }
        return entries;
    }

    /** True when values are fractions (positivity), false when they are counts. */
    public boolean showsRates() {
        return kind() == ChartKind.ROLLING;
    }

    /** The largest value the vertical axis must show: rates (with bands up to twice the top rate), stacked day totals or counts. */
    public double maxValue() {
        double kept = maxValue;
        if (Double.isNaN(kept)) {
            kept = maxOfPoints();
            maxValue = kept;
        }
        return kept;
    }

    private double maxOfPoints() {
        double max = 0;
        if (kind().stacksGroups()) {
            int points = series.isEmpty() ? 0 : series.get(0).points().size();
            for (int day = 0; day < points; day++) {
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

    /** The top of the value axis every renderer draws: {@link #maxValue()} rounded up to a nice tick. */
    public double axisTop() {
        return AxisScale.of(maxValue(), !showsRates()).upper();
    }

    /** Where a confidence band is cut off by the top of the axis, to be marked there; empty when none is. */
    public List<CutMark> cutMarks() {
        List<CutMark> kept = cutMarks;
        if (kept == null) {
            kept = List.copyOf(CutMark.of(this, axisTop()));
            cutMarks = kept;
        }
        return kept;
    }

    /** The key dates that fall inside the period. */
    public List<ChartMarker> visibleMarkers() {
        return request.markers().stream()
                .filter(marker -> !marker.date().isBefore(request.from()) && !marker.date().isAfter(request.to()))
                .toList();
    }

    /** The first days of the points flagged by the exceedance rule in any series, in order. */
    public List<LocalDate> flaggedDates() {
        return series.stream().flatMap(one -> one.points().stream()).filter(ChartPoint::flagged)
                .map(ChartPoint::date).distinct().sorted().toList();
    }

    /**
     * The groups of the stacked charts: the chosen groups, or when only rollups are chosen their
     * member groups (stacking rollups would count a group twice).
     */
    public static List<ChartSubject> stackedGroups(ChartRequest request) {
        List<ChartSubject> groups = request.subjects().stream().filter(subject -> !subject.rollup()).toList();
        if (!groups.isEmpty()) {
            return groups;
        }
        Set<Long> members = new LinkedHashSet<>();
        request.subjects().forEach(subject -> members.addAll(subject.groupIds()));
        List<ChartSubject> expanded = new ArrayList<>();
        for (Group group : request.allGroups()) {
            if (members.contains(group.id())) {
                expanded.add(ChartSubject.ofGroup(group, request.allGroups()));
            }
        }
        return expanded;
    }

    private static String title(ChartRequest request, ChartStep step) {
        return switch (request.kind()) {
            case ROLLING -> TEXT.format("title.rolling", rateLabel(request, step), request.level().percent());
            case POSITIVES -> TEXT.format("title.positives", step.noun());
            case TESTS -> TEXT.format("title.tests", step.noun());
            case CUMULATIVE -> TEXT.format("title.cumulative", ChartText.date(request.loopStart()));
        };
    }

    private static String subtitle(ChartRequest request, List<ChartSubject> drawn) {
        String names = ListStyle.names(drawn.stream().map(ChartSubject::name).toList());
        return ChartText.period(request.from(), request.to()) + " · " + request.stage().label()
                + (names.isEmpty() ? "" : " · " + names);
    }

    private static String definition(ChartRequest request, ChartStep step) {
        String byStretch = switch (step) {
            case DAY -> "";
            case WEEK -> TEXT.get("definition.byWeek");
            case MONTH -> TEXT.get("definition.byMonth");
        };
        return switch (request.kind()) {
            case ROLLING -> step == ChartStep.DAY
                    ? TEXT.format("definition.rollingDays", request.window().label(), request.window().days(),
                            interval(request), byStretch)
                    : TEXT.format("definition.rollingStretch", rateLabel(request, step), step.noun(),
                            interval(request), byStretch);
            case POSITIVES -> TEXT.format("definition.positives", step.noun(), byStretch);
            case TESTS -> TEXT.format("definition.tests", step.noun(), byStretch);
            case CUMULATIVE -> TEXT.format(step == ChartStep.DAY ? "definition.cumulativeDay" : "definition.cumulativePoint",
                    ChartText.date(request.loopStart()), byStretch);
        };
    }

    /* The interval part of a rolling chart's definition, e.g. "; 95 % CI, Wilson score". */
    private static String interval(ChartRequest request) {
        return TEXT.format("definition.interval", request.level().percent(), request.method().label());
    }

    /**
     * The measure's definition without its interval, for a footer that states the interval on its
     * own: in every language (the Chinese footer of a chart export said the interval twice).
     */
    public String definitionWithoutInterval() {
        return definition.replace(interval(request), "");
    }

    private static String rateLabel(ChartRequest request, ChartStep step) {
        return step == ChartStep.DAY ? request.window().label() : TEXT.get("step.positivity." + step.name());
    }

    private static String valueAxisLabel(ChartRequest request, ChartStep step) {
        return switch (request.kind()) {
            case ROLLING -> rateLabel(request, step);
            case POSITIVES -> TEXT.format("axis.positives", step.noun());
            case TESTS -> TEXT.format("axis.tests", step.noun());
            case CUMULATIVE -> TEXT.get("axis.cumulative");
        };
    }
}
