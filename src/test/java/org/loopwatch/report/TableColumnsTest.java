package org.loopwatch.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** A table's columns from what they hold: whole lines when they fit, else room where it saves lines. */
class TableColumnsTest {

    private static final float[] EVEN = {1, 1, 1};
    private static final int[][][] NO_ROWS = new int[0][][];

    @Test
    void whenEveryLineFitsEachColumnHoldsItsWidestLineAndTheRestGoesByShare() {
        float[] widths = TableColumns.widths(new float[][] {{10, 20}, {10, 50}, {30}}, NO_ROWS, new float[] {1, 0, 1}, 120);

        assertThat(widths).containsExactly(new float[] {30, 50, 40}, within(1e-4f));
    }

    @Test
    void roomGoesWhereItSavesLinesAndNotToAColumnThatWrapsOnlyInRowsTallAnyway() {
        // Column 1 wraps both rows to 3 lines at its narrowest; column 0 wraps row 0 to 2 lines;
        // column 2 makes row 1 two lines whatever the widths.
        float[][] steps = {{20, 40}, {30, 60, 100}, {20}};
        int[][][] lines = {
            {{2, 1}, {3, 2, 1}, {1}},
            {{1, 1}, {3, 2, 1}, {2}},
        };

        float[] widths = TableColumns.widths(steps, lines, EVEN, 130);

        // 60 to give: 30 of it takes column 1 to two lines (6 lines → 4); its widest line would take
        // 70; column 0's 20 would save nothing (row 0 stays two lines for column 1). The 30 left
        // goes by the shares.
        assertThat(widths).containsExactly(new float[] {30, 70, 30}, within(1e-4f));
    }

    @Test
    void whenNotEvenTheWidestWordsFitTheSharesDecide() {
        float[] widths = TableColumns.widths(new float[][] {{50, 60}, {50}, {50}}, NO_ROWS, new float[] {1, 2, 1}, 100);

        assertThat(widths).containsExactly(new float[] {25, 50, 25}, within(1e-4f));
    }

    @Test
    void theWidthsAlwaysAddUpToTheTable() {
        float[][] steps = {{10, 30, 50}, {40, 80}, {15}};
        int[][][] lines = {{{3, 2, 1}, {2, 1}, {1}}, {{1, 1, 1}, {4, 2}, {1}}};
        for (float total : new float[] {60, 70, 90, 120, 200}) {
            float sum = 0;
            for (float width : TableColumns.widths(steps, lines, new float[] {0.2f, 0.3f, 0.5f}, total)) {
                assertThat(width).isPositive();
                sum += width;
            }
            assertThat(sum).as("table %s wide", total).isCloseTo(total, within(1e-3f));
        }
    }

    @Test
    void eachColumnNeedsItsWidthsAndShare() {
        assertThatThrownBy(() -> TableColumns.widths(new float[][] {{1}}, NO_ROWS, EVEN, 10))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
