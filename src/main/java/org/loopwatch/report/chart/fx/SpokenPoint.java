package org.loopwatch.report.chart.fx;

import javafx.event.EventHandler;
import javafx.scene.AccessibleAttribute;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.util.Duration;

/**
 * What a chart point (a dot or a bar) says, to the mouse as a tooltip and to a screen reader as
 * its accessible text: the point's sentence, written only when one of them asks (decision 0054).
 *
 * <p>Why not {@code setAccessibleText} and a Tooltip per point: the sentence had to be written for
 * each of the thousand-odd points of a dashboard at every save, and each point carried a property
 * map, an event handler and JavaFX's accessible-text binding (a data item's node gets one; a point's
 * node is no longer its item's node, decision 0058). Now a point holds its deferred text;
 * its node answers {@link AccessibleAttribute#TEXT} from it, and one handler per chart
 * ({@link #TOOLTIPS}) makes a point's tooltip when the mouse first enters it.
 */
final class SpokenPoint {

    /**
     * Installed once on each chart: the first time the mouse enters a point, its tooltip is made
     * and installed; it then behaves as one installed up front (it shows once the mouse rests).
     */
    static final EventHandler<MouseEvent> TOOLTIPS = event -> {
        if (event.getTarget() instanceof Speaking point) {
            point.words().tooltipFor((Node) point);
        }
    };

    /** A node of a chart point that speaks its {@link SpokenPoint}'s text. */
    interface Speaking {
        SpokenPoint words();
    }

    private CharSequence text;
    private Tooltip tooltip;

    /** The point's sentence, unwritten until read; null before the point is described. */
    CharSequence text() {
        return text;
    }

    /**
     * Gives {@code node} (this point's node) a new sentence: told to a screen reader that listens,
     * and put in the tooltip if the mouse made one; otherwise left unwritten.
     */
    void say(Node node, CharSequence now) {
        if (now.equals(text)) {
            return;
        }
        text = now;
        if (tooltip != null) {
            tooltip.setText(now.toString());
        }
        node.notifyAccessibleAttributeChanged(AccessibleAttribute.TEXT);
    }

    /** What the node answers a screen reader for {@link AccessibleAttribute#TEXT}, or null to ask JavaFX. */
    String spoken(AccessibleAttribute attribute) {
        return attribute == AccessibleAttribute.TEXT && text != null ? text.toString() : null;
    }

    /** The tooltip, once the mouse has entered the point (for tests). */
    Tooltip tooltip() {
        return tooltip;
    }

    private void tooltipFor(Node node) {
        if (tooltip == null && text != null) {
            tooltip = new Tooltip(text.toString());
            tooltip.setShowDelay(Duration.millis(150));
            Tooltip.install(node, tooltip);
        }
    }
}
