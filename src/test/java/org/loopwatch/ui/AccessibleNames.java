package org.loopwatch.ui;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;

/**
 * The controls a person can reach with Tab but a screen reader could not name: no accessible text,
 * no text of their own, no label pointing at them ({@code labelFor}) and no prompt. Call on the FX
 * thread.
 */
public final class AccessibleNames {

    private AccessibleNames() {
    }

    /** "type #id" of every visible input control without a name, in scene order. */
    public static List<String> missingIn(Parent root) {
        Set<Node> labelled = new HashSet<>();
        collectLabelled(root, labelled);
        List<String> missing = new ArrayList<>();
        check(root, labelled, missing);
        return missing;
    }

    private static void collectLabelled(Node node, Set<Node> labelled) {
        if (node instanceof Label label && label.getLabelFor() != null && !isBlank(label.getText())) {
            labelled.add(label.getLabelFor());
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collectLabelled(child, labelled));
        }
    }

    private static void check(Node node, Set<Node> labelled, List<String> missing) {
        if (!node.isVisible()) {
            return;
        }
        if (isInput(node) && !named((Control) node, labelled)) {
            missing.add(node.getClass().getSimpleName() + (node.getId() == null ? "" : " #" + node.getId()));
        }
        if (node instanceof ComboBoxBase<?> || node instanceof Spinner<?>) {
            return; // its editor and arrow belong to it
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> check(child, labelled, missing));
        }
    }

    private static boolean isInput(Node node) {
        return node instanceof TextInputControl || node instanceof ComboBoxBase<?> || node instanceof Spinner<?>
                || node instanceof TableView<?> || node instanceof ListView<?>
                || (node instanceof Labeled && node instanceof Control control && control.isFocusTraversable());
    }

    private static boolean named(Control control, Set<Node> labelled) {
        if (!isBlank(control.getAccessibleText()) || labelled.contains(control)) {
            return true;
        }
        if (control instanceof Labeled labeled && !isBlank(labeled.getText())) {
            return true;
        }
        if (control instanceof TextInputControl input && !isBlank(input.getPromptText())) {
            return true;
        }
        return control instanceof ComboBoxBase<?> box && !isBlank(box.getPromptText());
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
