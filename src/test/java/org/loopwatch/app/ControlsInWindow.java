package org.loopwatch.app;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TreeTableView;
import javafx.scene.control.TreeView;

/**
 * Issue 18's "zoom that keeps layouts intact", as a check on one window: the menu bar and the
 * status bar whole inside the window, and every shown control either inside the window or inside
 * the content of a scroll pane that can scroll to it (the scroll pane itself being inside the
 * window, and no clip between them hiding it). A control beyond its holder's edge — a row of
 * buttons wider than the window, a status bar pushed under it — is reported with where it is.
 */
final class ControlsInWindow {

    private static final double SLACK = 1;

    private final Scene scene;
    private final String where;
    private final List<String> problems = new ArrayList<>();

    private ControlsInWindow(Scene scene, String where) {
        this.scene = scene;
        this.where = where;
    }

    /** Call on the FX thread; empty when everything is in reach. */
    static List<String> problems(Scene scene, String where) {
        ControlsInWindow check = new ControlsInWindow(scene, where);
        check.wholeAndShown("#menuBar");
        check.wholeAndShown("#statusBar");
        check.walk(scene.getRoot(), null);
        return check.problems;
    }

    private void wholeAndShown(String id) {
        Node node = scene.lookup(id);
        Bounds bounds = node.localToScene(node.getLayoutBounds());
        boolean squeezed = node instanceof Parent parent && bounds.getHeight() + SLACK < parent.minHeight(-1);
        if (!insideWindow(bounds) || bounds.getHeight() < 1 || squeezed) {
            problems.add(where + ": " + id + " at " + describe(bounds) + ", window " + scene.getWidth() + "×"
                    + scene.getHeight());
        }
    }

    private void walk(Node node, ScrollPane scroller) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Control control) {
            check(control, scroller);
        }
        if (node instanceof ScrollPane pane) {
            if (pane.getContent() != null) {
                walk(pane.getContent(), pane);
            }
            return; // its scroll bars belong to it
        }
        if (node instanceof TableView<?> || node instanceof ListView<?> || node instanceof TreeView<?>
                || node instanceof TreeTableView<?> || node instanceof TextInputControl || node instanceof ComboBoxBase<?>
                || node instanceof Spinner<?> || node instanceof ChoiceBox<?>) {
            return; // rows scroll inside, parts sit inside; the control's own bounds were checked
        }
        if (node.getStyleClass().contains("tab-header-area")) {
            return; // tabs that do not fit are reached through the header's own list of tabs
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                walk(child, scroller);
            }
        }
    }

    private void check(Control control, ScrollPane scroller) {
        Bounds inScene = control.localToScene(control.getLayoutBounds());
        if (inScene.getWidth() <= 0 && inScene.getHeight() <= 0) {
            return;
        }
        if (scroller == null) {
            if (!insideWindow(inScene)) {
                problems.add(where + ": " + name(control) + " at " + describe(inScene) + " is outside the window "
                        + scene.getWidth() + "×" + scene.getHeight());
            }
        } else {
            Node content = scroller.getContent();
            Bounds inContent = content.sceneToLocal(inScene);
            Bounds room = content.getLayoutBounds();
            boolean across = inContent.getMinX() >= room.getMinX() - SLACK && inContent.getMaxX() <= room.getMaxX() + SLACK;
            boolean down = inContent.getMinY() >= room.getMinY() - SLACK && inContent.getMaxY() <= room.getMaxY() + SLACK;
            Bounds viewport = scroller.getViewportBounds();
            boolean reachableAcross = scroller.getHbarPolicy() != ScrollPane.ScrollBarPolicy.NEVER
                    || inContent.getMaxX() <= viewport.getWidth() + SLACK;
            boolean reachableDown = scroller.getVbarPolicy() != ScrollPane.ScrollBarPolicy.NEVER
                    || inContent.getMaxY() <= viewport.getHeight() + SLACK;
            if (!across || !down || !reachableAcross || !reachableDown) {
                problems.add(where + ": " + name(control) + " at " + describe(inContent) + " lies beyond what its scroll pane ("
                        + describe(room) + ") reaches");
            }
        }
        Node stop = scroller == null ? null : scroller.getContent();
        for (Node below = control; below != stop && below.getParent() != null; below = below.getParent()) {
            Parent up = below.getParent();
            if (up.getClip() != null) {
                Bounds clip = up.localToScene(up.getClip().getBoundsInParent());
                if (inScene.getMaxY() > clip.getMaxY() + SLACK || inScene.getMaxX() > clip.getMaxX() + SLACK) {
                    problems.add(where + ": " + name(control) + " at " + describe(inScene) + " is cut by the clip of "
                            + up.getClass().getSimpleName() + " at " + describe(clip));
                }
                break;
            }
        }
    }

    private boolean insideWindow(Bounds bounds) {
        return bounds.getMinX() >= -SLACK && bounds.getMinY() >= -SLACK && bounds.getMaxX() <= scene.getWidth() + SLACK
                && bounds.getMaxY() <= scene.getHeight() + SLACK;
    }

    private static String name(Control control) {
        String text = control instanceof javafx.scene.control.Labeled labeled ? " \"" + labeled.getText() + "\"" : "";
        return control.getClass().getSimpleName() + (control.getId() == null ? "" : " #" + control.getId()) + text;
    }

    private static String describe(Bounds bounds) {
        return String.format("[%.0f,%.0f–%.0f,%.0f]", bounds.getMinX(), bounds.getMinY(), bounds.getMaxX(), bounds.getMaxY());
    }
}
