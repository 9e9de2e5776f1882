package org.loopwatch.ui;

import javafx.beans.binding.Bindings;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Tooltip;

/**
 * At 175–200 % on a small window a drop-down list is kept narrower than its longest choice (a
 * group named "Operating staff and contractors (Zhangjiakou cluster)", loopwatch.css), so the row
 * it sits in fits the window instead of the whole screen scrolling sideways. The chosen name may
 * then end in "…" in the box: its tooltip says it whole, and the opened list shows every name whole.
 */
public final class ChoiceTooltip {

    private ChoiceTooltip() {
    }

    /** Gives {@code box} a tooltip with its chosen value in words, unless it has a tooltip of its own. */
    public static void showsChosen(ComboBox<?> box) {
        if (box.getTooltip() != null) {
            return;
        }
        Tooltip tooltip = new Tooltip();
        tooltip.textProperty().bind(Bindings.createStringBinding(() -> shown(box), box.valueProperty(),
                box.converterProperty()));
        box.setTooltip(tooltip);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static String shown(ComboBox box) {
        Object value = box.getValue();
        if (value == null) {
            return "";
        }
        return box.getConverter() == null ? String.valueOf(value) : box.getConverter().toString(value);
    }
}
