package org.loopwatch.app;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.text.Text;

/**
 * What a person would see as broken in a window: a control cut off by the window's edge, two
 * controls drawn over each other, a label shortened to "…", a page that has to be scrolled
 * sideways. Read on the FX thread from the scene as laid out. Controls inside a scroll pane may lie
 * beyond the window (the pane scrolls down to them); rows of tables and lists are the table's
 * business (they scroll and clip by design, also sideways: a wide table scrolls inside itself),
 * but a table cell shown shortened to "…" is a problem like a label: a date read "22 Ja…" is no date.
 */
final class LayoutProblems {

    private static final double TOLERANCE = 1.0;

    /* Stands for "inside a table's sideways-scrolling header" where a scroll pane is expected. */
    private final ScrollPane scrolledTableHeaders = new ScrollPane();

    private final Scene scene;
    private final List<String> problems = new ArrayList<>();
    private final List<Node> leaves = new ArrayList<>();

    private LayoutProblems(Scene scene) {
        this.scene = scene;
    }

    /** Every problem found in the scene, each as a sentence naming the control; empty when none. */
    static List<String> of(Scene scene) {
        LayoutProblems check = new LayoutProblems(scene);
        check.walk(scene.getRoot(), null);
        check.overlaps();
        return check.problems;
    }

    private void walk(Node node, ScrollPane scroller) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof VirtualFlow<?> rows) {
            cellsWhole(rows);
            return;
        }
        if (isLeaf(node)) {
            leaves.add(node);
            node.getProperties().put(LayoutProblems.class, scroller);
            if (scroller == null) {
                insideWindow(node);
            }
            if (node instanceof Labeled labeled) {
                notElided(labeled);
            }
            if (node instanceof TextInputControl field) {
                promptWhole(field);
            }
        }
        if (node instanceof javafx.scene.control.skin.TableHeaderRow headers && scroller == null) {
            // Column headers scroll sideways with their table (a table as wide as its content, e.g.
            // the audit log): the table clips them like its rows. Still checked: not elided, no overlap.
            for (Node child : headers.getChildrenUnmodifiable()) {
                walk(child, scrolledTableHeaders);
            }
            return;
        }
        if (node instanceof ScrollPane pane) {
            notSideways(pane);
        }
        if (node instanceof Parent parent) {
            ScrollPane inner = node instanceof ScrollPane pane ? pane : scroller;
            for (Node child : parent.getChildrenUnmodifiable()) {
                walk(child, inner);
            }
        }
    }

    /* Controls a person reads or uses; containers (panes, scroll panes, tables) are judged by their parts. */
    private static boolean isLeaf(Node node) {
        return node instanceof Labeled || node instanceof TextInputControl || node instanceof ComboBoxBase<?>
                || node instanceof MenuBar;
    }

    /*
     * A page (a screen, a Settings tab, the user guide) is read down, never across: content wider
     * than its scroll pane's view means a person scrolls sideways to find the rest of a row.
     */
    private void notSideways(ScrollPane pane) {
        Node content = pane.getContent();
        double room = pane.getViewportBounds().getWidth();
        if (content == null || !content.isVisible() || room <= 0) {
            return;
        }
        double width = content.getLayoutBounds().getWidth();
        if (width > room + TOLERANCE) {
            problems.add(describe(pane) + " " + pane.getStyleClass() + " scrolls sideways: its content is "
                    + Math.round(width) + " px wide in " + Math.round(room) + " px, held so by "
                    + tooWide(content, room));
        }
    }

    /* The innermost parts that ask for more than the room (a row of parts, or a control): what to make narrower. */
    private static List<String> tooWide(Node node, double room) {
        List<String> found = new ArrayList<>();
        if (node instanceof Parent parent && !(node instanceof javafx.scene.control.Control)) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                if (child.isManaged() && child.isVisible()) {
                    found.addAll(tooWide(child, room));
                }
            }
        }
        double least = node.minWidth(-1);
        if (found.isEmpty() && least > room + TOLERANCE) {
            found.add(describe(node) + " " + node.getStyleClass() + " (least " + Math.round(least) + " px)");
        }
        return found;
    }

    private void insideWindow(Node node) {
        Bounds bounds = node.localToScene(node.getBoundsInLocal());
        if (bounds.getWidth() <= 0 || bounds.getHeight() <= 0) {
            return;
        }
        if (bounds.getMinX() < -TOLERANCE || bounds.getMinY() < -TOLERANCE
                || bounds.getMaxX() > scene.getWidth() + TOLERANCE || bounds.getMaxY() > scene.getHeight() + TOLERANCE) {
            problems.add(describe(node) + " is cut by the window's edge: " + round(bounds) + " in "
                    + (int) scene.getWidth() + "×" + (int) scene.getHeight());
        }
    }

    private void notElided(Labeled labeled) {
        String text = labeled.getText();
        if (text == null || text.isBlank() || labeled.getWidth() <= 0) {
            return;
        }
        if (saidWholeByItsChoiceBox(labeled, text)) {
            return;
        }
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text shown && shown.isVisible() && !text.equals(shown.getText())
                    && shown.getText().endsWith(labeled.getEllipsisString())) {
                problems.add(describe(labeled) + " is cut to \"" + shown.getText() + "\"");
            }
        }
    }

    /*
     * The cells of a table's rows in view: each says its value whole. Only text ("…"), not where
     * the cells lie: rows scroll and clip inside their table by design. Empty rows below the last
     * have no text; a row's cells are TableCells (a list's are ListCells, judged alike).
     */
    private void cellsWhole(VirtualFlow<?> rows) {
        for (Node cell : rows.lookupAll(".indexed-cell")) {
            if (cell instanceof javafx.scene.control.IndexedCell<?> shown && shown.isVisible() && !shown.isEmpty()
                    && visibleUpTo(shown, rows) && !(cell instanceof javafx.scene.control.TableRow<?>)
                    && !saidWholeByItsTooltip(shown)) {
                notElided(shown);
                // A cell that shows its value as a label (a group's name beside its colour) is cut
                // like one, unless the cell's tooltip says it whole.
                if (shown.getText() == null && shown.getGraphic() instanceof Labeled inner
                        && !(shown.getTooltip() != null && inner.getText().equals(shown.getTooltip().getText()))) {
                    notElided(inner);
                }
            }
        }
    }

    /* A cell of free text (the audit log's "what", a reason) may be shortened: its tooltip says it whole. */
    private static boolean saidWholeByItsTooltip(javafx.scene.control.IndexedCell<?> cell) {
        return cell.getTooltip() != null && cell.getText() != null && cell.getText().equals(cell.getTooltip().getText());
    }

    private static boolean visibleUpTo(Node node, Node top) {
        for (Node up = node; up != null && up != top; up = up.getParent()) {
            if (!up.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /*
     * A drop-down's chosen value may be shortened when the box is capped narrower than a long name
     * (175–200 % on a small window, loopwatch.css): the box's tooltip says the name whole.
     */
    private static boolean saidWholeByItsChoiceBox(Labeled labeled, String text) {
        for (Parent up = labeled.getParent(); up != null; up = up.getParent()) {
            if (up instanceof ComboBoxBase<?> box) {
                return box.getTooltip() != null && text.equals(box.getTooltip().getText());
            }
        }
        return false;
    }

    /* An empty field's grey example ("e.g. 22 Jan 2022") is read like a label: cut, it shows a wrong example. */
    private void promptWhole(TextInputControl field) {
        String prompt = field.getPromptText();
        if (prompt == null || prompt.isBlank() || !field.getText().isEmpty() || field.getWidth() <= 0
                || field instanceof javafx.scene.control.TextArea) { // a text area wraps its prompt over its lines
            return;
        }
        Text measured = new Text(prompt);
        measured.setFont(field.getFont());
        double room = field.getWidth() - field.getPadding().getLeft() - field.getPadding().getRight();
        if (measured.getLayoutBounds().getWidth() > room + TOLERANCE) {
            problems.add(describe(field) + "'s prompt \"" + prompt + "\" is cut: " + Math.round(measured.getLayoutBounds().getWidth())
                    + " px in " + Math.round(room) + " px");
        }
    }

    private void overlaps() {
        for (int i = 0; i < leaves.size(); i++) {
            for (int j = i + 1; j < leaves.size(); j++) {
                Node a = leaves.get(i);
                Node b = leaves.get(j);
                if (a.getProperties().get(LayoutProblems.class) != b.getProperties().get(LayoutProblems.class)
                        || isAncestor(a, b) || isAncestor(b, a)) {
                    continue;
                }
                Bounds first = shrink(a.localToScene(a.getBoundsInLocal()));
                Bounds second = shrink(b.localToScene(b.getBoundsInLocal()));
                if (first != null && second != null && first.intersects(second)) {
                    problems.add(describe(a) + " and " + describe(b) + " overlap: " + round(first) + " and " + round(second));
                }
            }
        }
    }

    /* Bounds touch at their edges (and focus rings spill a pixel): only a real overlap counts. */
    private static Bounds shrink(Bounds bounds) {
        double inset = 2;
        if (bounds.getWidth() <= 2 * inset || bounds.getHeight() <= 2 * inset) {
            return null;
        }
        return new javafx.geometry.BoundingBox(bounds.getMinX() + inset, bounds.getMinY() + inset,
                bounds.getWidth() - 2 * inset, bounds.getHeight() - 2 * inset);
    }

    private static boolean isAncestor(Node maybeAncestor, Node node) {
        for (Parent parent = node.getParent(); parent != null; parent = parent.getParent()) {
            if (parent == maybeAncestor) {
                return true;
            }
        }
        return false;
    }

    private static String describe(Node node) {
        StringBuilder name = new StringBuilder(node.getClass().getSimpleName().isEmpty() ? "cell"
                : node.getClass().getSimpleName());
        if (node instanceof javafx.scene.control.TableCell<?, ?> cell && cell.getTableColumn() != null) {
            name.append(" of column \"").append(cell.getTableColumn().getText()).append('"');
        }
        if (node.getId() != null) {
            name.append(" #").append(node.getId());
        }
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isBlank()) {
            name.append(" \"").append(labeled.getText(), 0, Math.min(40, labeled.getText().length())).append('"');
        }
        Node named = node;
        while (named != null && named.getId() == null) {
            named = named.getParent();
        }
        if (named != null && named != node) {
            name.append(" in #").append(named.getId());
        }
        return name.toString();
    }

    private static String round(Bounds bounds) {
        return String.format("[%.0f,%.0f %.0f×%.0f]", bounds.getMinX(), bounds.getMinY(), bounds.getWidth(), bounds.getHeight());
    }
}
