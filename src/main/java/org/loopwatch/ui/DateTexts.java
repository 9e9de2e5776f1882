package org.loopwatch.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.util.StringConverter;

/**
 * Date pickers that show "22 Jan 2022" and accept that or ISO "2022-01-22" when typed, whatever
 * the machine's locale. Unreadable text leaves the date unchanged rather than failing.
 */
public final class DateTexts {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final List<DateTimeFormatter> READ = List.of(
            new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern("d MMM yyyy").toFormatter(Locale.ENGLISH),
            DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("d/M/yyyy", Locale.ENGLISH));

    private DateTexts() {
    }

    public static StringConverter<LocalDate> converter() {
        return new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return date == null ? "" : SHOWN.format(date);
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

    /**
     * A date as a person types it: as shown ("3 Dec 2026", any case), ISO ("2026-12-03") or
     * "3/12/2026", also in full-width digits; empty when the text is none of these.
     */
    public static Optional<LocalDate> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String ascii = TypedDigits.toAscii(text).strip();
        for (DateTimeFormatter format : READ) {
            try {
                return Optional.of(LocalDate.parse(ascii, format));
            } catch (DateTimeParseException notThisFormat) {
                // try the next one
            }
        }
        return Optional.empty();
    }
}
