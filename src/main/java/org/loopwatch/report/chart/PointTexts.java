package org.loopwatch.report.chart;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.loopwatch.domain.AlertText;
import org.loopwatch.domain.Counts;
import org.loopwatch.domain.Exceedance;
import org.loopwatch.domain.RateEstimate;
import org.loopwatch.domain.RateFormat;
import org.loopwatch.domain.text.DeferredText;
import org.loopwatch.domain.text.Texts;

/**
 * The tooltip sentences of chart points, as recipes written when first read ({@link DeferredText},
 * decision 0054). Each recipe holds only the values its sentence is made of (names, days, counts,
 * estimates), never the request or the data index, so a series kept across saves keeps no old
 * index alive, and two points with equal values have equal texts without writing them.
 */
final class PointTexts {

    private static final Texts TEXT = Texts.of(PointTexts.class);

    private PointTexts() {
    }

    /** A flag of the day and the name of the group it is for. */
    record Flag(Exceedance alert, String group) {
    }

    /** How a stretch is named: "22 Jan 2022", "week 16 – 22 Jan 2022", "January 2022" (or the part of it in the period). */
    record Name(ChartStep step, LocalDate first, LocalDate last) {
        String write() {
            return switch (step) {
                case DAY -> ChartText.date(first);
                case WEEK -> TEXT.format("point.week", ChartText.period(first, last));
                case MONTH -> first.getDayOfMonth() == 1 && last.getDayOfMonth() == last.lengthOfMonth()
                        ? ChartText.month(first)
                        : ChartText.period(first, last);
            };
        }
    }

    static DeferredText rolling(String subject, int windowDays, LocalDate date, RateEstimate estimate,
                                boolean incomplete, List<Flag> flags) {
        return DeferredText.of(new Rolling(subject, windowDays, date, estimate, incomplete, flags));
    }

    static DeferredText stretch(String subject, Name name, RateEstimate estimate, boolean incomplete) {
        return DeferredText.of(new Stretch(subject, name, estimate, incomplete));
    }

    static DeferredText count(String subject, Name name, boolean positives, Counts counts, boolean reported,
                              boolean complete, List<Flag> flags) {
        return DeferredText.of(new Count(subject, name, positives, counts, reported, complete, flags));
    }

    static DeferredText cumulative(String subject, LocalDate from, LocalDate to, Counts counts) {
        return DeferredText.of(new Cumulative(subject, from, to, counts));
    }

    private record Rolling(String subject, int windowDays, LocalDate date, RateEstimate estimate, boolean incomplete,
                           List<Flag> flags) implements Supplier<String> {
        @Override
        public String get() {
            StringBuilder text = new StringBuilder(TEXT.format("point.rolling", subject, windowDays,
                    ChartText.date(date), RateFormat.describe(estimate)));
            if (incomplete) {
                text.append(TEXT.get("point.windowIncomplete"));
            }
            return appendFlags(text, flags);
        }
    }

    private record Stretch(String subject, Name name, RateEstimate estimate, boolean incomplete)
            implements Supplier<String> {
        @Override
        public String get() {
            StringBuilder text = new StringBuilder(TEXT.format("point.stretch", subject, name.write(),
                    RateFormat.describe(estimate)));
            if (incomplete) {
                text.append(TEXT.format("point.stretchIncomplete", name.step().noun()));
            }
            return text.toString();
        }
    }

    private record Count(String subject, Name name, boolean positives, Counts counts, boolean reported,
                         boolean complete, List<Flag> flags) implements Supplier<String> {
        @Override
        public String get() {
            StringBuilder text = new StringBuilder();
            if (!reported) {
                text.append(TEXT.format("point.notReported", subject, name.write()));
            } else {
                text.append(positives
                        ? TEXT.format("point.positives", subject, name.write(), RateFormat.count(counts.positives()),
                                RateFormat.count(counts.tests()))
                        : TEXT.format("point.tests", subject, name.write(), RateFormat.count(counts.tests())));
                if (!complete) {
                    text.append(name.step() == ChartStep.DAY ? TEXT.get("point.stageMissing")
                            : TEXT.format("point.dayMissing", name.step().noun()));
                }
            }
            return appendFlags(text, flags);
        }
    }

    private record Cumulative(String subject, LocalDate from, LocalDate to, Counts counts) implements Supplier<String> {
        @Override
        public String get() {
            return TEXT.format("point.positives", subject, ChartText.period(from, to),
                    RateFormat.count(counts.positives()), RateFormat.count(counts.tests()));
        }
    }

    /** "Flagged:" and each flag explained (counts, baseline, probability), as the tile's badge says it. */
    private static String appendFlags(StringBuilder text, List<Flag> flags) {
        if (!flags.isEmpty()) {
            text.append(TEXT.get("point.flagged"));
            for (Flag flag : flags) {
                text.append("\n").append(AlertText.explain(flag.alert(), flag.group()));
            }
        }
        return text.toString();
    }
}
