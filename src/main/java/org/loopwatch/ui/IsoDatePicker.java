package org.loopwatch.ui;

import java.time.LocalDate;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;

/**
 * A date picker for filters, in the one date style people read (see {@link DateTexts}), which also
 * takes ISO days as typed. Typed text that is no day is dropped on commit and the previous day
 * shown again, instead of an exception. (Its name is from when it showed ISO days.)
 */
public final class IsoDatePicker extends DatePicker {

    public IsoDatePicker(String id, String prompt) {
        setId(id);
        setPromptText(prompt);
        StringConverter<LocalDate> shown = DateTexts.converter();
        setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate day) {
                return shown.toString(day);
            }

            @Override
            public LocalDate fromString(String text) {
                if (text == null || text.isBlank()) {
                    return null;
                }
                return DateTexts.parse(text).orElse(getValue());
            }
        });
    }
}
