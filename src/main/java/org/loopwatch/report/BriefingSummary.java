package org.loopwatch.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.loopwatch.domain.AlertText;
import org.loopwatch.domain.Exceedance;
import org.loopwatch.domain.Group;
import org.loopwatch.domain.PeriodSummary;
import org.loopwatch.domain.RateEstimate;
import org.loopwatch.domain.RateFormat;
import org.loopwatch.domain.StageFigures;
import org.loopwatch.domain.SubjectSummary;
import org.loopwatch.domain.SummaryText;
import org.loopwatch.domain.text.Texts;

/**
 * The briefing's summary table, written from the domain's {@link PeriodSummary} (the figures the
 * tiles and {@code loopwatch summary} show): per group and rollup and per stage, the period's
 * tests, positives, positivity with its interval, the last W days' positivity and flags
 * (exceedance days in the period, unreported days in the last W days). Text by {@link RateFormat}
 * and {@link SummaryText}.
 */
final class BriefingSummary {

    private static final Texts TEXT = Texts.of(BriefingSummary.class);
    /** Alerts explained under the table at most; more would not fit on the page with it. */
    static final int ALERTS_SHOWN = 8;

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

    /**
     * The period's alerts explained (counts, baseline, probability; {@link AlertText}), one remark
     * each, the latest {@value #ALERTS_SHOWN} after a heading that says how many there are: the
     * remarks must fit under the table on one page.
     */
    static List<String> alertRemarks(PeriodSummary summary, List<Group> groups) {
        List<Exceedance> all = summary.alerts();
        if (all.isEmpty()) {
            return List.of();
        }
        Map<Long, String> names = new HashMap<>();
        groups.forEach(group -> names.put(group.id(), group.name()));
        List<Exceedance> shown = all.subList(Math.max(0, all.size() - ALERTS_SHOWN), all.size());
        List<String> remarks = new ArrayList<>();
        remarks.add(shown.size() == all.size() ? TEXT.format("briefing.alerts", Integer.toString(all.size()))
                : TEXT.format("briefing.alertsLatest", Integer.toString(shown.size()), Integer.toString(all.size())));
        shown.forEach(alert -> remarks.add("• " + AlertText.explain(alert,
                names.getOrDefault(alert.cell().groupId(), "#" + alert.cell().groupId()))));
        return remarks;
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
