package org.loopwatch.ui.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.loopwatch.domain.Group;
import org.loopwatch.domain.RateEstimate;
import org.loopwatch.domain.RateFormat;
import org.loopwatch.domain.ResultKey;
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
        Set<ResultKey> flagged = new LinkedHashSet<>();
        for (StageFigures figures : summary.stages()) {
            TileFigure period = figure(ChartText.period(from, to), figures.period());
            TileFigure window = figure(TEXT.format("tile.window", Integer.toString(windowDays),
                    ChartText.period(windowFrom, to)), figures.recent());
            stages.add(new TileStage(figures.scope(), figures.scope().shortLabel(), period, window,
                    SummaryText.incomplete(figures.recentCompleteness()),
                    SummaryText.gaps(figures.recentCompleteness(), GAPS_SHOWN)));
            flagged.addAll(figures.flagsOn(to));
        }
        boolean mixed = summary.stages().stream().anyMatch(figures -> figures.scope().mixesStages());
        Optional<String> mixing = mixed ? Optional.of(TEXT.get("tile.mixing")) : Optional.empty();
        List<ResultKey> flags = flagged.stream().sorted(java.util.Comparator.comparingLong(ResultKey::groupId)
                .thenComparing(ResultKey::stage)).toList();
        Optional<String> badge = flags.isEmpty() ? Optional.empty()
                : Optional.of(TEXT.format("tile.flagged", ChartText.dayMonth(to)));
        return new TileData(subject, stages, mixing, badge, badgeDetail(inputs, flags));
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

    private static String badgeDetail(ChartInputs inputs, List<ResultKey> flagged) {
        if (flagged.isEmpty()) {
            return "";
        }
        Map<Long, String> names = inputs.groups().stream().collect(Collectors.toMap(Group::id, Group::name));
        String cells = flagged.stream()
                .map(key -> TEXT.format("tile.flaggedCell", names.getOrDefault(key.groupId(), "#" + key.groupId()),
                        StageScope.of(key.stage()).shortLabel(), RateFormat.counts(inputs.index()
                                .cell(key.date(), key.groupId(), key.stage()).orElseThrow())))
                .collect(Collectors.joining("\n"));
        return TEXT.format("tile.flaggedDetail", ChartText.date(flagged.get(0).date()), cells);
    }
}
