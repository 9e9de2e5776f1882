package org.loopwatch.report.chart;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.loopwatch.domain.text.DateStyle;

/**
 * Dates as charts, tiles and exports write them: "22 Jan 2022", "4 Jan – 22 Jan 2022", in the one
 * date style of {@link DateStyle} (Chinese: "2022年1月22日"). Month names follow the same locale.
 */
public final class ChartText {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH_ZH = DateTimeFormatter.ofPattern("yyyy年M月", Locale.SIMPLIFIED_CHINESE);

    private ChartText() {
    }

    /** "22 Jan 2022". */
    public static String date(LocalDate date) {
        return DateStyle.date(date);
    }

    /** "22 Jan", "Jan 22" where the full date puts the month first, "1月22日". */
    public static String dayMonth(LocalDate date) {
        return DateStyle.dayMonth(date);
    }

    /** "January 2022". */
    public static String month(LocalDate date) {
        return (chinese() ? MONTH_ZH : MONTH).format(date);
    }

    private static boolean chinese() {
        return "zh".equals(DateStyle.locale().getLanguage());
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
