package org.loopwatch.ui;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import javafx.util.StringConverter;
import org.loopwatch.domain.text.DateStyle;

/**
 * Date fields and pickers in the one date style people read ({@link DateStyle}: "22 Jan 2022",
 * "Jan 22, 2022" or "2022年1月22日" by locale), accepting that, ISO "2022-01-22" and the other
 * styles when typed, also in full-width digits.
 */
public final class DateTexts {

    private DateTexts() {
    }

    /** Shows {@link DateStyle}; unreadable text throws, which a DatePicker answers by keeping its day. */
    public static StringConverter<LocalDate> converter() {
        return new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return date == null ? "" : DateStyle.date(date);
            }

            @Override
            public LocalDate fromString(String text) {
                if (text == null || text.isBlank()) {
                    return null;
                }
                return parse(text).orElseThrow(() -> new DateTimeParseException("not a date: " + text, text, 0));
            }
        };
    }

    /** A date in the shown style, e.g. for a field's text. */
    public static String shown(LocalDate date) {
        return DateStyle.date(date);
    }

    /**
     * A date as a person types it: as shown ("3 Dec 2026", any case), ISO ("2026-12-03"),
     * "2026年12月3日" or "3/12/2026", also in full-width digits; empty when the text is none of these.
     */
    public static Optional<LocalDate> parse(String text) {
        return DateStyle.parse(TypedDigits.toAscii(text));
    }
}
