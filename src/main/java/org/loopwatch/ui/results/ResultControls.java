package org.loopwatch.ui.results;

import java.time.LocalDate;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.util.StringConverter;
import org.loopwatch.domain.Group;
import org.loopwatch.domain.Stage;

/** How the entry and data screens show dates, groups and stages in their controls, alike. */
public final class ResultControls {

    private ResultControls() {
    }

    /**
     * Dates in the one style people read ("4 Jan 2022"), ISO and the other styles accepted when
     * typed. Text that is no date keeps the picker's current value instead of throwing, so a
     * half-typed date never breaks the picker.
     */
    public static StringConverter<LocalDate> dates(DatePicker picker) {
        return new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return date == null ? "" : org.loopwatch.ui.DateTexts.shown(date);
            }

            @Override
            public LocalDate fromString(String text) {
                if (text == null || text.isBlank()) {
                    return null;
                }
                return org.loopwatch.ui.DateTexts.parse(text).orElse(picker.getValue());
            }
        };
    }

    /** A group's name beside a dot of its Okabe–Ito colour. */
    public static Label groupLabel(Group group) {
        Label label = new Label(group.name(), swatch(group));
        label.getStyleClass().add("group-label");
        label.setAlignment(Pos.CENTER_LEFT);
        return label;
    }

    /** Group names with their colour dots, in the list and on the button. */
    public static void showGroups(ComboBox<Group> combo) {
        combo.setConverter(new StringConverter<>() {
            @Override
            public String toString(Group group) {
                return group == null ? "" : group.name();
            }

            @Override
            public Group fromString(String name) {
                return combo.getItems().stream().filter(group -> group.hasName(name)).findFirst().orElse(null);
            }
        });
        combo.setCellFactory(list -> new GroupCell());
        combo.setButtonCell(new GroupCell());
    }

    /** Stage labels ("Arrival (airport)") rather than codes. */
    public static void showStages(ComboBox<Stage> combo) {
        combo.setConverter(new StringConverter<>() {
            @Override
            public String toString(Stage stage) {
                return stage == null ? "" : stage.label();
            }

            @Override
            public Stage fromString(String text) {
                return combo.getItems().stream().filter(stage -> stage.label().equals(text)).findFirst().orElse(null);
            }
        });
    }

    private static Circle swatch(Group group) {
        Circle dot = new Circle(5);
        dot.setFill(Color.web(group.colour()));
        dot.getStyleClass().add("group-swatch");
        return dot;
    }

    private static final class GroupCell extends ListCell<Group> {
        @Override
        protected void updateItem(Group group, boolean empty) {
            super.updateItem(group, empty);
            if (empty || group == null) {
                setText(null);
                setGraphic(null);
            } else {
                setText(group.name());
                setGraphic(swatch(group));
            }
        }
    }
}
