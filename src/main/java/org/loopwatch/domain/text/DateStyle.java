package org.loopwatch.domain.text;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one style in which a person reads dates: every screen, dialog and exported document uses
 * it. It follows the person's locale within the interface language: "4 Dec 2026" (British and
 * most English), "Dec 4, 2026" (American English), "2026年12月4日" (Chinese). Files and the command
 * line keep ISO ("2026-12-04"), which this class does not produce. Times are 24-hour.
 *
 * <p>Reading accepts what a person may type: the shown style (any case), ISO, "4 Dec 2026" and
 * "2026年12月4日" whatever the language, and "4/12/2026" (day first). Digits must be ASCII; callers
 * that take typed text turn full-width digits into ASCII first.
 */
public final class DateStyle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter TIME_SECONDS = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final List<DateTimeFormatter> ALSO_READ = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE,
            reading("d MMM yyyy", Locale.ENGLISH),
            reading("MMM d, yyyy", Locale.ENGLISH),
            reading("yyyy年M月d日", Locale.SIMPLIFIED_CHINESE),
            reading("d/M/yyyy", Locale.ENGLISH));

    private DateStyle() {
    }

    /**
     * The locale dates are written in: Chinese in the Chinese interface; in the English one the
     * system's format locale when it is an English one (so an American desk reads "Dec 4, 2026"),
     * else British English.
     */
    public static Locale locale() {
        if ("zh".equals(Texts.language().getLanguage())) {
            return Locale.SIMPLIFIED_CHINESE;
        }
        Locale system = Locale.getDefault(Locale.Category.FORMAT);
        return "en".equals(system.getLanguage()) ? system : Locale.UK;
    }

    /** "4 Dec 2026", "Dec 4, 2026" or "2026年12月4日". */
    public static String date(LocalDate date) {
        return shown().format(date);
    }

    /**
     * Whether the shown style puts the month before the day ("Dec 4, 2026"), so that shorter forms
     * of a date ("Dec 4", "Dec 4–22, 2026") follow the same order as the full one.
     */
    public static boolean monthFirst() {
        return Character.isLetter(date(LocalDate.of(2000, 1, 22)).charAt(0));
    }

    /** A day without its year, in the order of the shown style: "22 Jan", "Jan 22", "1月22日". */
    public static String dayMonth(LocalDate date) {
        return DAY_MONTH.computeIfAbsent(locale(), DateStyle::dayMonthIn).format(date);
    }

    /*
     * Per locale, made once: every chart period, tick and week point writes one, and a team desk
     * recomputes charts on every other desk's save (decision 0056).
     */
    private static final Map<Locale, DateTimeFormatter> DAY_MONTH = new ConcurrentHashMap<>();

    private static DateTimeFormatter dayMonthIn(Locale locale) {
        if ("zh".equals(locale.getLanguage())) {
            return DateTimeFormatter.ofPattern("M月d日", locale);
        }
        return DateTimeFormatter.ofPattern(monthFirst() ? "MMM d" : "d MMM", locale);
    }

    /** A date and a 24-hour time in {@code zone}: "4 Dec 2026 07:33". */
    public static String dateTime(Instant at, ZoneId zone) {
        ZonedDateTime local = at.atZone(zone);
        return date(local.toLocalDate()) + " " + TIME.format(local);
    }

    /** As {@link #dateTime}, with seconds: "4 Dec 2026 07:33:05". */
    public static String dateTimeSeconds(Instant at, ZoneId zone) {
        ZonedDateTime local = at.atZone(zone);
        return date(local.toLocalDate()) + " " + TIME_SECONDS.format(local);
    }

    /**
     * A time zone as a person recognises it, with its offset at {@code at}: "Europe/Berlin,
     * UTC+01:00", or just "UTC" / "UTC+08:00" for a zone that is only an offset.
     */
    public static String zone(ZoneId zone, Instant at) {
        String offset = zone.getRules().getOffset(at).getId();
        String utc = "UTC" + ("Z".equals(offset) ? "" : offset);
        String id = zone.getId();
        boolean onlyAnOffset = id.equals("Z") || id.startsWith("+") || id.startsWith("-") || id.startsWith("UTC")
                || id.startsWith("GMT") || id.equals("Etc/UTC") || id.equals("Etc/GMT");
        return onlyAnOffset ? utc : id + ", " + utc;
    }

    /** A typed date in any of the styles this class reads; empty when it is none of them. */
    public static Optional<LocalDate> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String typed = text.strip();
        for (DateTimeFormatter format : readers()) {
            try {
                LocalDate read = LocalDate.parse(typed, format);
                // The smart resolver reads "31 Feb" as 28 Feb; a day that does not exist is no date.
                java.time.temporal.TemporalAccessor raw = format.parseUnresolved(typed, new java.text.ParsePosition(0));
                if (raw != null && raw.isSupported(java.time.temporal.ChronoField.DAY_OF_MONTH)
                        && raw.getLong(java.time.temporal.ChronoField.DAY_OF_MONTH) != read.getDayOfMonth()) {
                    return Optional.empty();
                }
                return Optional.of(read);
            } catch (DateTimeParseException notThisStyle) {
                // try the next one
            }
        }
        return Optional.empty();
    }

    /*
     * The shown style per locale, its pattern looked up once: a localized formatter looks its
     * pattern up again on every format, and charts write thousands of dates per refresh (a team
     * desk refreshes on every other desk's save, decision 0056). Few locales are ever used.
     */
    private static final Map<Locale, DateTimeFormatter> SHOWN = new ConcurrentHashMap<>();

    private static DateTimeFormatter shown() {
        return SHOWN.computeIfAbsent(locale(), DateStyle::shownIn);
    }

    /** The MEDIUM localized date style of {@code locale} as a fixed pattern: the same text, no look-up per call. */
    static DateTimeFormatter shownIn(Locale locale) {
        String pattern = DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.MEDIUM, null,
                IsoChronology.INSTANCE, locale);
        return DateTimeFormatter.ofPattern(pattern, locale);
    }

    private static List<DateTimeFormatter> readers() {
        DateTimeFormatter shownReader = new DateTimeFormatterBuilder().parseCaseInsensitive()
                .append(shown()).toFormatter(locale());
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(shownReader), ALSO_READ.stream()).toList();
    }

    private static DateTimeFormatter reading(String pattern, Locale locale) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern).toFormatter(locale);
    }
}
