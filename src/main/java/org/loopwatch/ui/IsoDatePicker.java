package org.loopwatch.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;

/**
 * A date picker that shows and accepts days as {@code yyyy-MM-dd}, like the rest of LoopWatch
 * (CSV files, the audit log, the command line), whatever the system locale. Typed text that is not
 * such a day is dropped on commit and the previous day shown again, instead of an exception.
 */
public final class IsoDatePicker extends DatePicker {

    public IsoDatePicker(String id, String prompt) {
        setId(id);
        setPromptText(prompt);
        setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate day) {
                return day == null ? "" : DateTimeFormatter.ISO_LOCAL_DATE.format(day);
            }

            @Override
            public LocalDate fromString(String text) {
                if (text == null || text.isBlank()) {
                    return null;
                }
                try {
                    return LocalDate.parse(text.strip(), DateTimeFormatter.ISO_LOCAL_DATE);
                } catch (DateTimeParseException notADay) {
                    return getValue();
                }
            }
        });
    }
}
