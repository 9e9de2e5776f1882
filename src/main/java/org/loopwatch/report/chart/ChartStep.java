package org.loopwatch.report.chart;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * How much time one point or bar of a chart stands for. A closed loop of a few weeks is drawn day
 * by day; a period of years would put thousands of days into a thousand pixels — bars thinner than
 * a pixel, lines that are noise, and (on the software renderer of the exports) seconds of drawing —
 * so long periods are drawn by week or by month, and the chart says so in its title and axis.
 */
public enum ChartStep {
    DAY,
    WEEK,
    MONTH;

    /** About six months: a day keeps at least four pixels of a dashboard-sized chart. */
    static final int MAX_DAYS_BY_DAY = 190;
    /** About three years, at most 157 weeks. */
    static final int MAX_DAYS_BY_WEEK = 1100;

    /** The step for a period from {@code from} to {@code to}, both inclusive. */
    public static ChartStep forPeriod(LocalDate from, LocalDate to) {
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        if (days <= MAX_DAYS_BY_DAY) {
            return DAY;
        }
        return days <= MAX_DAYS_BY_WEEK ? WEEK : MONTH;
    }

    /** "day", "week", "month" (日, 周, 月), in the interface language. */
    public String noun() {
        return org.loopwatch.domain.text.Texts.of(ChartStep.class).get("step.noun." + name());
    }

    /**
     * The stretches of the period this step cuts it into, in order, together covering every day
     * once. Weeks are counted back from the last day, so the latest point is a whole week that
     * ends on the newest data (as the dashboard's tiles do); months are calendar months. The first
     * (and for months the last) stretch may be cut short by the period; a bar then is narrower.
     */
    public List<Stretch> stretches(LocalDate from, LocalDate to) {
        List<Stretch> stretches = new ArrayList<>();
        switch (this) {
            case DAY -> {
                for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
                    stretches.add(new Stretch(day, day));
                }
            }
            case WEEK -> {
                for (LocalDate last = to; !last.isBefore(from); last = last.minusWeeks(1)) {
                    LocalDate first = last.minusDays(6);
                    stretches.add(0, new Stretch(first.isBefore(from) ? from : first, last));
                }
            }
            case MONTH -> {
                for (LocalDate first = from; !first.isAfter(to); first = first.withDayOfMonth(1).plusMonths(1)) {
                    LocalDate last = first.withDayOfMonth(first.lengthOfMonth());
                    stretches.add(new Stretch(first, last.isAfter(to) ? to : last));
                }
            }
        }
        return stretches;
    }

    /** Days {@code first} to {@code last}, both inclusive. */
    public record Stretch(LocalDate first, LocalDate last) {

        public long days() {
            return ChronoUnit.DAYS.between(first, last) + 1;
        }
    }
}
