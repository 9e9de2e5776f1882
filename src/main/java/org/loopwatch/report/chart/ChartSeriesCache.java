package org.loopwatch.report.chart;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.loopwatch.domain.AlertRules;
import org.loopwatch.domain.ConfidenceLevel;
import org.loopwatch.domain.Group;
import org.loopwatch.domain.IntervalMethod;
import org.loopwatch.domain.ResultIndex;
import org.loopwatch.domain.RollingWindow;
import org.loopwatch.domain.text.Texts;

/**
 * The series of one computation of a set of charts (the dashboard's), kept for the next: a save
 * changes one (group, stage) cell, and only the series that read it need computing again (SPEC §9:
 * save → dashboard). A series' points are a function of its request's settings (kind, stage,
 * period, window, interval, loop start, alert rules, today, the groups), its subject, the language,
 * and the rows of the cells it selects; nothing else. So a kept series is reused exactly when all of
 * those are equal: the rows compared by {@link ResultIndex#cellsDiffering}, not trusted to a list
 * of saves, so a full reload that found the same rows reuses them too.
 *
 * <p>A series whose cells' rows did change (another desk saved a day) or whose period moved is
 * computed again point by point, taking over from the series computed before every point that
 * read none of the changed days ({@link EarlierPoints}, decision 0056): a save of one day costs the
 * points whose window or baseline holds that day, not the whole period. Equal to computing every
 * point (ChartSeriesCachePropertyTest).
 *
 * <p>Whole charts likewise ({@link #chart}, decision 0069): a chart's words depend on no row, and a
 * chart whose series are all kept is given the very series list it had, which tells a renderer
 * that nothing in it changed.
 *
 * <p>Keeps the series used by the latest computation only ({@link #startComputation}), so it holds
 * at most one dashboard's worth. Thread-safe, though the dashboard uses it from its one background thread.
 */
public final class ChartSeriesCache {

    /**
     * Everything a series' points depend on, except the rows. Its hash is worked out once: the key
     * is looked up several times per series (kept, used, its family), and hashing the groups,
     * subject and rules anew each time was a tenth of a save's computation.
     */
    private static final class Key {

        private final ChartKind kind;
        private final StageFilter stage;
        private final LocalDate from;
        private final LocalDate to;
        private final RollingWindow window;
        private final IntervalMethod method;
        private final ConfidenceLevel level;
        private final LocalDate loopStart;
        private final AlertRules alertRules;
        private final LocalDate today;
        private final List<Group> allGroups;
        private final ChartSubject subject;
        private final List<Locale> languages;
        private final int hash;

        private Key(ChartKind kind, StageFilter stage, LocalDate from, LocalDate to, RollingWindow window,
                    IntervalMethod method, ConfidenceLevel level, LocalDate loopStart, AlertRules alertRules,
                    LocalDate today, List<Group> allGroups, ChartSubject subject, List<Locale> languages) {
            this.kind = kind;
            this.stage = stage;
            this.from = from;
            this.to = to;
            this.window = window;
            this.method = method;
            this.level = level;
            this.loopStart = loopStart;
            this.alertRules = alertRules;
            this.today = today;
            this.allGroups = allGroups;
            this.subject = subject;
            this.languages = languages;
            this.hash = Objects.hash(kind, stage, from, to, window, method, level, loopStart, alertRules, today,
                    allGroups, subject, languages);
        }

        static Key of(ChartRequest request, ChartSubject subject, List<Locale> languages) {
            return new Key(request.kind(), request.stage(), request.from(), request.to(), request.window(),
                    request.method(), request.level(), request.loopStart(), request.alertRules(), request.today(),
                    request.allGroups(), subject, languages);
        }

        /* The same series whatever its period: where their days match, its points can be taken over. */
        Key periodless() {
            return new Key(kind, stage, null, null, window, method, level, loopStart, alertRules, today, allGroups,
                    subject, languages);
        }

        boolean reads(Set<ResultIndex.Cell> cells) {
            for (ResultIndex.Cell cell : cells) {
                if (subject.groupIds().contains(cell.groupId()) && stage.stages().contains(cell.stage())) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public boolean equals(Object other) {
            return this == other || other instanceof Key key && hash == key.hash && kind == key.kind
                    && Objects.equals(stage, key.stage) && Objects.equals(from, key.from) && Objects.equals(to, key.to)
                    && Objects.equals(window, key.window) && Objects.equals(method, key.method)
                    && Objects.equals(level, key.level) && Objects.equals(loopStart, key.loopStart)
                    && Objects.equals(alertRules, key.alertRules) && Objects.equals(today, key.today)
                    && Objects.equals(allGroups, key.allGroups) && Objects.equals(subject, key.subject)
                    && Objects.equals(languages, key.languages);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    /**
     * Everything a chart's words (title, subtitle, definition, value axis label) depend on: its
     * request without the rows, and the languages. A chart whose words and series are those of the
     * computation before is that chart again.
     */
    private record ChartKey(ChartKind kind, List<ChartSubject> subjects, List<Group> allGroups, StageFilter stage,
                            LocalDate from, LocalDate to, RollingWindow window, IntervalMethod method,
                            ConfidenceLevel level, LocalDate loopStart, List<ChartMarker> markers,
                            AlertRules alertRules, LocalDate today, List<Locale> languages) {

        static ChartKey of(ChartRequest request, List<Locale> languages) {
            return new ChartKey(request.kind(), request.subjects(), request.allGroups(), request.stage(),
                    request.from(), request.to(), request.window(), request.method(), request.level(),
                    request.loopStart(), request.markers(), request.alertRules(), request.today(), languages);
        }
    }

    /* A series' family: the same series over any period cut into the same steps. */
    private record Family(Key periodless, ChartStep step) {
    }

    /* The points of a family's latest series and the index they were computed over. */
    private record Computed(ResultIndex index, List<ChartPoint> points) {
    }

    /** Points of the latest computation: computed, and taken over from the series before. */
    public record PointCounts(int computed, int takenOver) {
    }

    private ResultIndex index;
    /* Series of the computation before, valid for {@link #index}; taken over into {@link #used} when asked for again. */
    private Map<Key, ChartSeries> kept = new HashMap<>();
    private Map<Key, ChartSeries> used = new HashMap<>();
    /* Per family, the latest series' points, offered point by point when the series itself cannot be reused. */
    private Map<Family, Computed> earlier = new HashMap<>();
    private Map<Family, Computed> earlierUsed = new HashMap<>();
    /* The charts of the computation before and of this one, by their words' key (see chart()). */
    private Map<ChartKey, ChartData> chartsKept = new HashMap<>();
    private Map<ChartKey, ChartData> chartsUsed = new HashMap<>();
    /* The languages of this computation, read once: a key of every series and chart. */
    private List<Locale> languages = List.of();
    /* What changed since each earlier index, worked out once per computation (the families share one index). */
    private final Map<ResultIndex, IndexChanges> changesSince = new IdentityHashMap<>();
    private int pointsComputed;
    private int pointsTakenOver;

    /**
     * Starts a computation over {@code now}: forgets the series of cells whose rows differ from
     * those of the computation before, and any series this one will not ask for.
     */
    public synchronized void startComputation(ResultIndex now) {
        kept = used;
        used = new HashMap<>();
        chartsKept = chartsUsed;
        chartsUsed = new HashMap<>();
        languages = Texts.languagesInUse();
        if (!earlierUsed.isEmpty()) { // a computation that drew nothing leaves the points before it on offer
            earlier = earlierUsed;
            earlierUsed = new HashMap<>();
        }
        changesSince.clear();
        pointsComputed = 0;
        pointsTakenOver = 0;
        if (index != null && index != now) {
            Set<ResultIndex.Cell> changed = index.cellsDiffering(now);
            if (!changed.isEmpty()) {
                kept.keySet().removeIf(key -> key.reads(changed));
            }
        }
        index = now;
    }

    /**
     * The series of {@code subject} in {@code request}: the one kept when still valid, else
     * {@code compute}'s, which is given the points of the series computed before that it may take over.
     */
    synchronized ChartSeries series(ChartRequest request, ChartSubject subject, ChartStep step,
                                    Function<EarlierPoints, ChartSeries> compute) {
        if (request.index() != index) {
            startComputation(request.index());
        }
        Key key = Key.of(request, subject, languages);
        Family family = new Family(key.periodless(), step);
        ChartSeries series = used.get(key);
        if (series == null) {
            series = kept.get(key);
        }
        if (series == null) {
            Computed before = earlier.get(family);
            EarlierPoints offered = before == null ? EarlierPoints.NONE
                    : new EarlierPoints(before.points(), changesSince.computeIfAbsent(before.index(),
                            earlierIndex -> IndexChanges.between(earlierIndex, index)),
                            subject.groupIds(), request.stage().stages());
            series = compute.apply(offered);
            pointsTakenOver += offered.given();
            pointsComputed += series.points().size() - offered.given();
        }
        used.put(key, series);
        earlierUsed.put(family, new Computed(index, series.points()));
        return series;
    }

    /**
     * The chart of {@code request} with {@code series} (this computation's, from {@link #series}):
     * the chart of the computation before when its words' key is equal and its series are the same
     * objects — then with the same series list, so a renderer can tell at a glance that nothing
     * changed ({@code ChartUpdate}) — else {@code compute}'s, with the words of the chart before
     * when only its series changed (a save: the words depend on no row).
     */
    synchronized ChartData chart(ChartRequest request, List<ChartSeries> series, Supplier<ChartData> compute) {
        ChartKey key = ChartKey.of(request, languages);
        ChartData before = chartsUsed.get(key);
        if (before == null) {
            before = chartsKept.get(key);
        }
        ChartData chart;
        if (before == null) {
            chart = compute.get();
        } else {
            chart = sameObjects(before.series(), series) ? before.withRequest(request)
                    : new ChartData(request, before.title(), before.subtitle(), before.definition(),
                            before.valueAxisLabel(), series);
        }
        chartsUsed.put(key, chart);
        return chart;
    }

    private static boolean sameObjects(List<ChartSeries> before, List<ChartSeries> now) {
        if (before.size() != now.size()) {
            return false;
        }
        for (int i = 0; i < now.size(); i++) {
            if (before.get(i) != now.get(i)) {
                return false;
            }
        }
        return true;
    }

    /** How many points the latest computation computed and how many it took over from the one before. */
    public synchronized PointCounts lastComputation() {
        return new PointCounts(pointsComputed, pointsTakenOver);
    }
}
