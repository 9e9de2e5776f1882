package org.loopwatch.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.loopwatch.domain.ConfidenceLevel;
import org.loopwatch.domain.IntervalMethod;
import org.loopwatch.domain.PeriodSummary;
import org.loopwatch.domain.RateEstimate;
import org.loopwatch.domain.RateFormat;
import org.loopwatch.domain.StageFigures;
import org.loopwatch.domain.SubjectSummary;
import org.loopwatch.domain.SummaryText;
import org.loopwatch.domain.text.Texts;

/**
 * The human-readable form of {@code summary}: an aligned text table of the domain's
 * {@link PeriodSummary} (period and last-W-days positivity), then the flags and unreported days
 * in the words the tiles and the briefing use.
 */
final class SummaryTable {

    private static final Texts TEXT = UsageTexts.TEXT;
    /** Gaps listed per row before "and N more". */
    private static final int GAPS_SHOWN = 6;
    /** Width of the period's positivity column, enough for a tiny rate with its interval. */
    private static final int RATE_WIDTH = 44;

    private SummaryTable() {
    }

    /** Columns a terminal gives the text: two for a wide (e.g. Chinese) character, one otherwise. */
    static int displayWidth(String text) {
        return text.codePoints().map(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                || (c >= 0x3000 && c <= 0x30FF) || (c >= 0xFF00 && c <= 0xFF60) ? 2 : 1).sum();
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(Math.max(0, width - displayWidth(text)));
    }

    static String render(Optional<LocalDate> from, Optional<LocalDate> to, IntervalMethod method,
                         ConfidenceLevel level, PeriodSummary summary) {
        StringBuilder out = new StringBuilder();
        String period = from.isPresent() ? TEXT.format("table.period", from.get(), to.orElseThrow()) : TEXT.get("table.noData");
        out.append(TEXT.format("table.heading", period, method.label(), Integer.toString(level.percent()))).append('\n');
        // The group column is as wide as its longest name (Chinese characters take two columns in a
        // terminal), so a long name never pushes the numbers out of line.
        int width = displayWidth(TEXT.get("table.group"));
        // Stages by their names in the reader's language (入境检测, In-loop); the codes stay in --json.
        int stageWidth = displayWidth(TEXT.get("table.stage"));
        for (SubjectSummary subject : summary.subjects()) {
            width = Math.max(width, displayWidth(name(subject)));
            for (StageFigures figures : subject.stages()) {
                stageWidth = Math.max(stageWidth, displayWidth(figures.scope().shortLabel()));
            }
        }
        String format = "%s %s %12s %10s  %s  %s%n";
        String recentHeading = TEXT.format("table.recent", Integer.toString(summary.request().window().days()));
        out.append(String.format(format, pad(TEXT.get("table.group"), width), pad(TEXT.get("table.stage"), stageWidth),
                TEXT.get("table.tests"), TEXT.get("table.positives"), pad(TEXT.get("table.positivity"), RATE_WIDTH),
                recentHeading));
        List<String> notes = new ArrayList<>();
        for (SubjectSummary subject : summary.subjects()) {
            String group = name(subject);
            for (StageFigures figures : subject.stages()) {
                out.append(String.format(format, pad(group, width), pad(figures.scope().shortLabel(), stageWidth),
                        RateFormat.count(figures.period().counts().tests()),
                        RateFormat.count(figures.period().counts().positives()), pad(rate(figures.period()), RATE_WIDTH),
                        RateFormat.positivity(figures.recent())));
                note(group, figures).ifPresent(notes::add);
            }
        }
        if (!notes.isEmpty()) {
            out.append(TEXT.format("table.notes", Integer.toString(summary.request().window().days()))).append('\n');
            notes.forEach(note -> out.append("  ").append(note).append('\n'));
        }
        return out.toString();
    }

    private static String name(SubjectSummary subject) {
        return subject.subject().rollup() ? TEXT.get("table.allGroups") : subject.subject().name();
    }

    private static String rate(RateEstimate estimate) {
        return estimate.hasNoTests() ? RateFormat.noTests()
                : RateFormat.positivity(estimate) + ", " + RateFormat.interval(estimate);
    }

    /** "Media / In-loop: Flagged 22 Jan; 2 of 7 days not fully reported (Media, In-loop: 21–22 Jan)". */
    private static Optional<String> note(String group, StageFigures figures) {
        List<String> parts = new ArrayList<>();
        SummaryText.flags(figures).ifPresent(parts::add);
        SummaryText.noBaseline(figures).ifPresent(parts::add);
        SummaryText.incomplete(figures.recentCompleteness()).ifPresent(text -> parts.add(TEXT.format(
                "table.incomplete", text, SummaryText.gaps(figures.recentCompleteness(), GAPS_SHOWN))));
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(TEXT.format("table.note", group, figures.scope().shortLabel(), String.join("; ", parts)));
    }
}
