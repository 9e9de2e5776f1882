package org.loopwatch.ui;

import static org.testfx.matcher.control.LabeledMatchers.hasText;

import javafx.scene.control.ListCell;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Picks an entry of a combo box as a person does: open it, click the entry. */
public final class ComboBoxes {

    private ComboBoxes() {
    }

    public static void choose(FxRobot robot, String comboId, String entryText) {
        robot.clickOn(comboId);
        WaitForAsyncUtils.waitForFxEvents();
        ListCell<?> cell = robot.lookup(".combo-box-popup .list-cell").match(hasText(entryText)).query();
        robot.clickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
