package org.loopwatch.report.chart;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.loopwatch.domain.text.DateStyle;

/**
 * Dates as charts, tiles and exports write them: "22 Jan 2022", "4 Jan – 22 Jan 2022", in the one
 * date style of {@link DateStyle} (Chinese: "2022年1月22日"). Month names follow the same locale.
 */
public final class ChartText {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_MONTH_ZH = DateTimeFormatter.ofPattern("M月d日", Locale.SIMPLIFIED_CHINESE);
    private static final DateTimeFormatter MONTH_ZH = DateTimeFormatter.ofPattern("yyyy年M月", Locale.SIMPLIFIED_CHINESE);

    private ChartText() {
    }

    /** "22 Jan 2022". */
    public static String date(LocalDate date) {
        return DateStyle.date(date);
    }

    /** "22 Jan". */
    public static String dayMonth(LocalDate date) {
        if (chinese()) {
            return DAY_MONTH_ZH.format(date);
        }
        return DAY_MONTH.computeIfAbsent(DateStyle.locale(), ChartText::dayMonthIn).format(date);
    }

    /*
     * Per locale, made once: every chart period and week point writes one, and a team desk
     * recomputes charts on every other desk's save (decision 0056).
     */
    private static final Map<Locale, DateTimeFormatter> DAY_MONTH = new ConcurrentHashMap<>();

    private static DateTimeFormatter dayMonthIn(Locale locale) {
        // "Jan 22" where the full date puts the month first ("Jan 22, 2022"), else "22 Jan".
        boolean monthFirst = Character.isLetter(DateStyle.date(LocalDate.of(2000, 1, 22)).charAt(0));
        return DateTimeFormatter.ofPattern(monthFirst ? "MMM d" : "d MMM", locale);
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
