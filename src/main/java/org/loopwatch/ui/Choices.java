package org.loopwatch.ui;

import java.util.List;
import java.util.function.Function;
import javafx.scene.control.ComboBox;
import javafx.util.StringConverter;

/** Drop-down lists of fixed choices that show each value in words. */
public final class Choices {

    private Choices() {
    }

    /** A combo box with the given automation id, values and wording. */
    public static <T> ComboBox<T> of(String id, List<T> values, Function<T, String> text) {
        ComboBox<T> box = new ComboBox<>();
        box.setId(id);
        box.getItems().setAll(values);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                return values.stream().filter(value -> text.apply(value).equals(string)).findFirst().orElse(null);
            }
        });
        ChoiceTooltip.showsChosen(box);
        return box;
    }
}
