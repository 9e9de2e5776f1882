package org.loopwatch.report.chart;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.loopwatch.domain.AlertRules;
import org.loopwatch.domain.ConfidenceLevel;
import org.loopwatch.domain.Group;
import org.loopwatch.domain.IntervalMethod;
import org.loopwatch.domain.ResultIndex;
import org.loopwatch.domain.RollingWindow;
import org.loopwatch.domain.text.DateStyle;
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
 * <p>Keeps the series used by the latest computation only ({@link #startComputation}), so it holds
 * at most one dashboard's worth. Thread-safe, though the dashboard uses it from its one background thread.
 */
public final class ChartSeriesCache {

    /** Everything a series' points depend on, except the rows. */
    private record Key(ChartKind kind, StageFilter stage, LocalDate from, LocalDate to, RollingWindow window,
                       IntervalMethod method, ConfidenceLevel level, LocalDate loopStart, AlertRules alertRules,
                       LocalDate today, List<Group> allGroups, ChartSubject subject, List<Locale> languages) {

        static Key of(ChartRequest request, ChartSubject subject) {
            return new Key(request.kind(), request.stage(), request.from(), request.to(), request.window(),
                    request.method(), request.level(), request.loopStart(), request.alertRules(), request.today(),
                    request.allGroups(), subject,
                    List.of(Texts.language(), DateStyle.locale(), Locale.getDefault(Locale.Category.FORMAT)));
        }

        boolean reads(Set<ResultIndex.Cell> cells) {
            for (ResultIndex.Cell cell : cells) {
                if (subject.groupIds().contains(cell.groupId()) && stage.stages().contains(cell.stage())) {
                    return true;
                }
            }
            return false;
        }
    }

    private ResultIndex index;
    /* Series of the computation before, valid for {@link #index}; taken over into {@link #used} when asked for again. */
    private Map<Key, ChartSeries> kept = new HashMap<>();
    private Map<Key, ChartSeries> used = new HashMap<>();

    /**
     * Starts a computation over {@code now}: forgets the series of cells whose rows differ from
     * those of the computation before, and any series this one will not ask for.
     */
    public synchronized void startComputation(ResultIndex now) {
        kept = used;
        used = new HashMap<>();
        if (index != null && index != now) {
            Set<ResultIndex.Cell> changed = index.cellsDiffering(now);
            if (!changed.isEmpty()) {
                kept.keySet().removeIf(key -> key.reads(changed));
            }
        }
        index = now;
    }

    /** The series of {@code subject} in {@code request}: the one kept when still valid, else {@code compute}'s. */
    synchronized ChartSeries series(ChartRequest request, ChartSubject subject, Supplier<ChartSeries> compute) {
        if (request.index() != index) {
            startComputation(request.index());
        }
        Key key = Key.of(request, subject);
        ChartSeries series = used.get(key);
        if (series == null) {
            series = kept.get(key);
        }
        if (series == null) {
            series = compute.get();
        }
        used.put(key, series);
        return series;
    }
}
