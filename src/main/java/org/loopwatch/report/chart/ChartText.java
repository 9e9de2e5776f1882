package org.loopwatch.report.chart;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as charts, tiles and exports write them: "22 Jan 2022", "4 – 22 Jan 2022". */
public final class ChartText {

    private static final DateTimeFormatter FULL = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    private ChartText() {
    }

    /** "22 Jan 2022". */
    public static String date(LocalDate date) {
        return FULL.format(date);
    }

    /** "22 Jan". */
    public static String dayMonth(LocalDate date) {
        return DAY_MONTH.format(date);
    }

    /** "January 2022". */
    public static String month(LocalDate date) {
        return MONTH.format(date);
    }

    /** "4 Jan – 22 Jan 2022", "30 Dec 2021 – 2 Jan 2022", or one date when both are equal. */
    public static String period(LocalDate from, LocalDate to) {
        if (from.equals(to)) {
            return date(to);
        }
        String start = from.getYear() == to.getYear() ? dayMonth(from) : date(from);
        return start + " – " + date(to);
    }
}
