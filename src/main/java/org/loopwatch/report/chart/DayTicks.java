package org.loopwatch.report.chart;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The date ticks along the bottom of a chart, at most about ten. Up to a year they fall every
 * 1, 2, 7, 14 … days from the first day ("4 Jan"); beyond, on the first of a month every 1, 2, 3,
 * 6, 12 or 24 months ("Jan 2024", or "2024" when every tick is a January), so a ten-year axis reads
 * 2016, 2017 … rather than dates that drift a day a year. Without JavaFX, for every renderer.
 */
public final class DayTicks {

    private static final int MAX_TICKS = 10;
    private static final int[] DAY_STEPS = {1, 2, 7, 14, 28, 56, 91, 182};
    private static final int[] MONTH_STEPS = {1, 2, 3, 6, 12, 24, 60, 120};
    private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

    /** One tick: where (epoch day) and what it says. */
    public record Tick(long epochDay, String label) {
    }

    private DayTicks() {
    }

    /** The ticks of a period from {@code from} to {@code to}, both inclusive, in order. */
    public static List<Tick> of(LocalDate from, LocalDate to) {
        long span = to.toEpochDay() - from.toEpochDay() + 1;
        return span <= 366 ? dayTicks(from, to, span) : monthTicks(from, to);
    }

    /** The axis title under the ticks: the year, or the first and last year. */
    public static String axisLabel(LocalDate from, LocalDate to) {
        return from.getYear() == to.getYear() ? String.valueOf(to.getYear()) : from.getYear() + "–" + to.getYear();
    }

    /* In Chinese "2022年1月"; English "Jan 2022" (British and American alike). Days: ChartText.dayMonth. */
    private static boolean chinese() {
        return "zh".equals(org.loopwatch.domain.text.Texts.language().getLanguage());
    }

    private static List<Tick> dayTicks(LocalDate from, LocalDate to, long span) {
        int step = DAY_STEPS[DAY_STEPS.length - 1];
        for (int candidate : DAY_STEPS) {
            if (span / candidate <= MAX_TICKS) {
                step = candidate;
                break;
            }
        }
        List<Tick> ticks = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(step)) {
            ticks.add(new Tick(day.toEpochDay(), ChartText.dayMonth(day)));
        }
        return ticks;
    }

    private static List<Tick> monthTicks(LocalDate from, LocalDate to) {
        long months = (to.getYear() - from.getYear()) * 12L + to.getMonthValue() - from.getMonthValue() + 1;
        int step = MONTH_STEPS[MONTH_STEPS.length - 1];
        for (int candidate : MONTH_STEPS) {
            if (months / candidate <= MAX_TICKS) {
                step = candidate;
                break;
            }
        }
        boolean yearsOnly = step % 12 == 0;
        List<Tick> ticks = new ArrayList<>();
        LocalDate first = from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
        for (LocalDate month = first; !month.isAfter(to); month = month.plusMonths(1)) {
            long index = (month.getYear() * 12L + month.getMonthValue() - 1);
            if (index % step == 0) {
                ticks.add(new Tick(month.toEpochDay(), yearsOnly ? String.valueOf(month.getYear())
                        : chinese() ? ChartText.month(month) : MONTH_YEAR.format(month)));
            }
        }
        return ticks;
    }
}
