package org.loopwatch.report;

import javafx.scene.Node;

/**
 * One exported chart: a title, a subtitle saying period, groups and stage, the chart itself and
 * its provenance footer.
 */
public record ChartPage(String title, String subtitle, Node chart, Provenance provenance) {
}
