package org.loopwatch.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.loopwatch.domain.text.DateStyle;
import org.loopwatch.domain.text.Texts;

/**
 * The words of a {@link PeriodSummary}'s flags and completeness, the same on tiles, in the
 * briefing, on the command line and in the daily statement: "2 of 7 days not fully reported",
 * "Media, In-loop: 21–22 Jan", "Flagged 3 days, last 22 Jan". Rates are written by
 * {@link RateFormat}.
 */
public final class SummaryText {

    private static final Texts TEXT = Texts.of(SummaryText.class);

    private SummaryText() {
    }

    /** "2 of 7 days not fully reported"; empty when every due row was reported. */
    public static Optional<String> incomplete(Completeness completeness) {
        if (completeness.isComplete()) {
            return Optional.empty();
        }
        return Optional.of(TEXT.format("summary.incomplete", Integer.toString(completeness.incompleteDays()),
                days(completeness.dueDays())));
    }

    /**
     * Which group, stage and days are missing, at most {@code most} gaps and then "and N more":
     * "Media, In-loop: 21–22 Jan; Athletes, Arrival: 22 Jan". Empty text when complete.
     */
    public static String gaps(Completeness completeness, int most) {
        List<String> parts = new ArrayList<>();
        List<ReportGap> gaps = completeness.gaps();
        for (int i = 0; i < gaps.size() && i < most; i++) {
            ReportGap gap = gaps.get(i);
            String days = gap.from().equals(gap.to()) ? day(gap.from())
                    // Across a new year the days alone read backwards ("Dec 29–Dec 6"): both years then.
                    : gap.from().getYear() != gap.to().getYear() ? ComparisonText.period(gap.from(), gap.to())
                    : TEXT.format("summary.gapRun", day(gap.from()), day(gap.to()));
            parts.add(TEXT.format("summary.gap", gap.groupName(), StageScope.of(gap.stage()).shortLabel(), days));
        }
        if (gaps.size() > most) {
            parts.add(TEXT.format("summary.gapMore", Integer.toString(gaps.size() - most)));
        }
        return String.join(TEXT.get("summary.listSeparator"), parts);
    }

    /** "Flagged 22 Jan" or "Flagged 3 days, last 22 Jan"; empty when nothing was flagged. */
    public static Optional<String> flags(StageFigures figures) {
        List<LocalDate> dates = figures.flaggedDates();
        if (dates.isEmpty()) {
            return Optional.empty();
        }
        if (dates.size() == 1) {
            return Optional.of(TEXT.format("summary.flaggedOne", day(dates.get(0))));
        }
        return Optional.of(TEXT.format("summary.flaggedMany", Integer.toString(dates.size()),
                day(dates.get(dates.size() - 1))));
    }

    /**
     * "No alert baseline yet (22 Jan)" when a reported cell of the period's last day had too few
     * reported days before it to be judged (so no flag there means "not judged", not "normal");
     * empty otherwise.
     */
    public static Optional<String> noBaseline(StageFigures figures) {
        List<Exceedance> unjudged = figures.lastDayWithoutBaseline();
        if (unjudged.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(TEXT.format("summary.noBaseline", day(unjudged.get(0).cell().date())));
    }

    /** "1 day", "7 days" in the interface language. */
    public static String days(int count) {
        return TEXT.format("summary.days", count);
    }

    /** A day as the summary writes it: "22 Jan", "Jan 22" where dates are written month first, "1月22日". */
    public static String day(LocalDate date) {
        return DateStyle.dayMonth(date);
    }
}
