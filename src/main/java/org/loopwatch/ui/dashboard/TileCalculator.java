package org.loopwatch.ui.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.loopwatch.domain.AlertText;
import org.loopwatch.domain.Exceedance;
import org.loopwatch.domain.Group;
import org.loopwatch.domain.RateEstimate;
import org.loopwatch.domain.RateFormat;
import org.loopwatch.domain.StageFigures;
import org.loopwatch.domain.StageScope;
import org.loopwatch.domain.SubjectSummary;
import org.loopwatch.domain.SummaryText;
import org.loopwatch.domain.text.Texts;
import org.loopwatch.report.chart.ChartInputs;
import org.loopwatch.report.chart.ChartSubject;
import org.loopwatch.report.chart.ChartText;

/**
 * Writes a tile's texts from the domain's {@link org.loopwatch.domain.PeriodSummary}: the same
 * figures the briefing and {@code loopwatch summary} show, only formatted here; no JavaFX.
 */
final class TileCalculator {

    private static final Texts TEXT = Texts.of(TileCalculator.class);
    /** Gaps named in a tooltip before "and N more". */
    private static final int GAPS_SHOWN = 8;

    private TileCalculator() {
    }

    /** The tile of one subject's summary, for the period {@code from}–{@code to}. */
    static TileData tile(ChartInputs inputs, ChartSubject subject, SubjectSummary summary, LocalDate from,
                         LocalDate to, int windowDays, LocalDate windowFrom) {
        List<TileStage> stages = new ArrayList<>();
        Set<Exceedance> flagged = new LinkedHashSet<>();
        Set<Exceedance> unjudged = new LinkedHashSet<>();
        for (StageFigures figures : summary.stages()) {
            TileFigure period = figure(ChartText.period(from, to), figures.period());
            TileFigure window = figure(TEXT.format("tile.window", Integer.toString(windowDays),
                    ChartText.period(windowFrom, to)), figures.recent());
            stages.add(new TileStage(figures.scope(), figures.scope().shortLabel(), period, window,
                    SummaryText.incomplete(figures.recentCompleteness()),
                    SummaryText.gaps(figures.recentCompleteness(), GAPS_SHOWN)));
            flagged.addAll(figures.alertsOn(to));
            unjudged.addAll(figures.lastDayWithoutBaseline());
        }
        boolean mixed = summary.stages().stream().anyMatch(figures -> figures.scope().mixesStages());
        Optional<String> mixing = mixed ? Optional.of(TEXT.get("tile.mixing")) : Optional.empty();
        Map<Long, String> names = inputs.groups().stream().collect(Collectors.toMap(Group::id, Group::name));
        List<Exceedance> flags = byCell(flagged);
        Optional<String> badge = flags.isEmpty() ? Optional.empty()
                : Optional.of(TEXT.format("tile.flagged", ChartText.dayMonth(to)));
        List<Exceedance> withoutBaseline = byCell(unjudged);
        Optional<String> baselineNote = withoutBaseline.isEmpty() ? Optional.empty()
                : Optional.of(TEXT.get("tile.noBaseline"));
        return new TileData(subject, stages, mixing, badge, badgeDetail(names, flags), baselineNote,
                baselineDetail(names, withoutBaseline));
    }

    private static List<Exceedance> byCell(Set<Exceedance> checks) {
        return checks.stream().sorted(Comparator.comparingLong((Exceedance check) -> check.cell().groupId())
                .thenComparing(check -> check.cell().stage())).toList();
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

    /** Each flag of the day explained: counts, baseline, probability, rule (AlertText). */
    private static String badgeDetail(Map<Long, String> names, List<Exceedance> flagged) {
        if (flagged.isEmpty()) {
            return "";
        }
        String cells = flagged.stream().map(alert -> AlertText.explain(alert, name(names, alert)))
                .collect(Collectors.joining("\n"));
        return TEXT.format("tile.flaggedDetail", ChartText.date(flagged.get(0).cell().date()), cells);
    }

    /** Which cells of the day have too few reported days to be judged. */
    private static String baselineDetail(Map<Long, String> names, List<Exceedance> unjudged) {
        if (unjudged.isEmpty()) {
            return "";
        }
        String cells = unjudged.stream().map(check -> TEXT.format("tile.noBaselineCell", name(names, check),
                StageScope.of(check.cell().stage()).shortLabel(), AlertText.noBaseline(check.baselineDays())))
                .collect(Collectors.joining("\n"));
        return TEXT.format("tile.noBaselineDetail", ChartText.date(unjudged.get(0).cell().date()), cells);
    }

    private static String name(Map<Long, String> names, Exceedance check) {
        return names.getOrDefault(check.cell().groupId(), "#" + check.cell().groupId());
    }
}
