package org.loopwatch.report;

import java.util.ArrayList;
import java.util.List;
import org.loopwatch.domain.PeriodSummary;
import org.loopwatch.domain.RateEstimate;
import org.loopwatch.domain.RateFormat;
import org.loopwatch.domain.StageFigures;
import org.loopwatch.domain.SubjectSummary;
import org.loopwatch.domain.SummaryText;

/**
 * The briefing's summary table, written from the domain's {@link PeriodSummary} (the figures the
 * tiles and {@code loopwatch summary} show): per group and rollup and per stage, the period's
 * tests, positives, positivity with its interval, the last W days' positivity and flags
 * (exceedance days in the period, unreported days in the last W days). Text by {@link RateFormat}
 * and {@link SummaryText}.
 */
final class BriefingSummary {

    private BriefingSummary() {
    }

    static List<BriefingContent.SummaryLine> lines(PeriodSummary summary) {
        List<BriefingContent.SummaryLine> lines = new ArrayList<>();
        for (SubjectSummary subject : summary.subjects()) {
            for (StageFigures figures : subject.stages()) {
                lines.add(line(subject, figures));
            }
        }
        return lines;
    }

    private static BriefingContent.SummaryLine line(SubjectSummary subject, StageFigures figures) {
        RateEstimate period = figures.period();
        return new BriefingContent.SummaryLine(subject.subject().name(), figures.scope().shortLabel(),
                RateFormat.count(period.counts().tests()), RateFormat.count(period.counts().positives()),
                breakable(RateFormat.positivity(period)), period.hasNoTests() ? "" : RateFormat.interval(period),
                breakable(RateFormat.positivity(figures.recent())), flags(figures), subject.subject().rollup());
    }

    /** Puts "(9.81 per 100,000 tests)" of a tiny rate on its own line, not split in the middle. */
    private static String breakable(String positivity) {
        return positivity.replace(" (", "\n(");
    }

    private static String flags(StageFigures figures) {
        List<String> parts = new ArrayList<>();
        SummaryText.flags(figures).ifPresent(parts::add);
        SummaryText.incomplete(figures.recentCompleteness()).ifPresent(parts::add);
        return String.join("\n", parts);
    }
}
