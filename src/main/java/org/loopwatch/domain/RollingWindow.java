package org.loopwatch.domain;

import java.time.LocalDate;
import java.util.Optional;
import org.loopwatch.domain.text.Texts;

/** The length of a trailing window for rolling positivity: 3, 7 (the default) or 14 days. */
public enum RollingWindow {
    THREE_DAYS(3),
    SEVEN_DAYS(7),
    FOURTEEN_DAYS(14);

    public static final RollingWindow DEFAULT = SEVEN_DAYS;

    private static final Texts TEXT = Texts.of(RollingWindow.class);

    private final int days;

    RollingWindow(int days) {
        this.days = days;
    }

    /** Number of days in the window, the day itself included. */
    public int days() {
        return days;
    }

    /** The window of that many days; empty unless 3, 7 or 14. */
    public static Optional<RollingWindow> ofDays(int days) {
        for (RollingWindow window : values()) {
            if (window.days == days) {
                return Optional.of(window);
            }
        }
        return Optional.empty();
    }

    /** The first day of the window that ends on {@code last}. */
    public LocalDate firstDay(LocalDate last) {
        // A window ending at the first representable day (an empty period's stand-in) starts there too.
        return last.toEpochDay() - (days - 1L) < LocalDate.MIN.toEpochDay() ? LocalDate.MIN : last.minusDays(days - 1L);
    }

    /** E.g. "7-day positivity", for titles and the provenance footer. */
    public String label() {
        return TEXT.format("window.positivity", Integer.toString(days));
    }
}
