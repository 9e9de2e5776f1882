package org.loopwatch.report;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.loopwatch.domain.AlertText;
import org.loopwatch.domain.Exceedance;
import org.loopwatch.domain.Group;
import org.loopwatch.domain.PeriodSummary;
import org.loopwatch.domain.RateEstimate;
import org.loopwatch.domain.RateFormat;
import org.loopwatch.domain.ResultKey;
import org.loopwatch.domain.StageFigures;
import org.loopwatch.domain.StageScope;
import org.loopwatch.domain.SubjectSummary;
import org.loopwatch.domain.SummaryText;
import org.loopwatch.domain.text.DateStyle;
import org.loopwatch.domain.text.Texts;
import org.loopwatch.store.AlertAcknowledgement;

/**
 * The briefing's summary table, written from the domain's {@link PeriodSummary} (the figures the
 * tiles and {@code loopwatch summary} show): per group and rollup and per stage, the period's
 * tests, positives, positivity with its interval, the last W days' positivity and flags
 * (exceedance days in the period, unreported days in the last W days). Text by {@link RateFormat}
 * and {@link SummaryText}.
 */
final class BriefingSummary {

    private static final Texts TEXT = Texts.of(BriefingSummary.class);
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
     * each, all of them, after a heading that says how many there are; the writer flows them onto
     * further pages when they do not fit under the table.
     */
    static List<String> alertRemarks(PeriodSummary summary, List<Group> groups,
                                     Map<ResultKey, AlertAcknowledgement> acknowledged, ZoneId zone) {
        List<Exceedance> all = summary.alerts();
        if (all.isEmpty()) {
            return List.of();
        }
        Map<Long, String> names = names(groups);
        List<String> remarks = new ArrayList<>();
        remarks.add(TEXT.format("briefing.alerts", Integer.toString(all.size())));
        for (Exceedance alert : all) {
            String explained = AlertText.explain(alert, name(names, alert));
            AlertAcknowledgement ack = acknowledged.get(alert.cell());
            // Acknowledged alerts stay listed, marked as such with who, when (and in which zone) and the note.
            remarks.add("• " + (ack == null ? explained : TEXT.format("briefing.alertAcknowledged", explained,
                    DateStyle.dateTime(ack.at(), zone), DateStyle.zone(zone, ack.at()), ack.by(), ack.note())));
        }
        return remarks;
    }

    /**
     * Which reported cells of the period's last day could not be judged for want of a baseline, so
     * that "no flag" there is not read as "normal": "No alert baseline yet on 22 Jan: Media,
     * Arrival: no baseline yet (3 of the 14 days before reported, 7 needed); …". Empty when every
     * cell had one.
     */
    static List<String> baselineRemarks(PeriodSummary summary, List<Group> groups) {
        Map<ResultKey, Exceedance> unjudged = new TreeMap<>(Comparator.comparing(ResultKey::date)
                .thenComparingLong(ResultKey::groupId).thenComparing(ResultKey::stage));
        for (SubjectSummary subject : summary.subjects()) {
            for (StageFigures figures : subject.stages()) {
                figures.lastDayWithoutBaseline().forEach(check -> unjudged.put(check.cell(), check));
            }
        }
        if (unjudged.isEmpty()) {
            return List.of();
        }
        Map<Long, String> names = names(groups);
        List<String> cells = unjudged.values().stream().map(check -> TEXT.format("briefing.noBaselineCell",
                name(names, check), StageScope.of(check.cell().stage()).shortLabel(),
                AlertText.noBaseline(check.baselineDays()))).toList();
        return List.of(TEXT.format("briefing.noBaseline", SummaryText.day(unjudged.keySet().iterator().next().date()),
                String.join(TEXT.get("briefing.noBaselineSeparator"), cells)));
    }

    private static Map<Long, String> names(List<Group> groups) {
        Map<Long, String> names = new HashMap<>();
        groups.forEach(group -> names.put(group.id(), group.name()));
        return names;
    }

    private static String name(Map<Long, String> names, Exceedance check) {
        return names.getOrDefault(check.cell().groupId(), "#" + check.cell().groupId());
    }

    /** Puts "(9.81 per 100,000 tests)" of a tiny rate on its own line, not split in the middle. */
    private static String breakable(String positivity) {
        return positivity.replace(" (", "\n(");
    }

    private static String flags(StageFigures figures) {
        List<String> parts = new ArrayList<>();
        SummaryText.flags(figures).ifPresent(parts::add);
        SummaryText.noBaseline(figures).ifPresent(parts::add);
        SummaryText.incomplete(figures.recentCompleteness()).ifPresent(parts::add);
        return String.join("\n", parts);
    }
}
