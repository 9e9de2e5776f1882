package org.loopwatch.report.chart;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Key-date labels placed once for both renderers: beside their line, in rows that do not overlap. */
class MarkerLabelRowsTest {

    @Test
    void aLabelGoesRightOfItsLineAndMovesDownARowWhenItWouldOverlapTheOneBefore() {
        MarkerLabelRows rows = new MarkerLabelRows(0, 400, 4);

        assertThat(rows.place(100, 50)).isEqualTo(new MarkerLabelRows.Place(104, 0));
        assertThat(rows.place(120, 50)).isEqualTo(new MarkerLabelRows.Place(124, 1));
        assertThat(rows.place(200, 50)).isEqualTo(new MarkerLabelRows.Place(204, 0));
    }

    @Test
    void aLabelThatWouldPassTheRightEdgeGoesLeftOfItsLineButNeverPastTheLeftEdge() {
        MarkerLabelRows rows = new MarkerLabelRows(10, 300, 3);

        assertThat(rows.place(280, 40)).isEqualTo(new MarkerLabelRows.Place(237, 0));
        assertThat(new MarkerLabelRows(10, 300, 3).place(20, 400)).isEqualTo(new MarkerLabelRows.Place(10, 0));
    }
}
