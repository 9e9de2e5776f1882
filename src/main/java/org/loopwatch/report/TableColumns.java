package org.loopwatch.report;

/**
 * A table's column widths from what its cells hold. When every column's widest line fits, each
 * column is that wide and the room left is shared out by the columns' usual shares. Else every
 * column starts at its widest word, and the room left goes, a step at a time, where it saves the
 * most lines of the table for the width it takes: a column wrapping only in rows that another
 * column makes as tall anyway costs nothing, so it is not given room. Only when even the widest
 * words do not fit do the usual shares decide alone.
 *
 * <p>With fixed shares, the briefing's summary table wrapped "In-loop" in Chinese as
 * "闭环内检 / 测", a flag's date as "last Dec / 27", and every row to three lines, while the
 * group column stood half empty.
 */
final class TableColumns {

    private TableColumns() {
    }

    /**
     * @param steps  for each column, the widths it may take, narrowest first: its widest word, up to
     *               its widest line (padding included)
     * @param lines  for each row, column and step, the lines of that cell at that width
     * @param shares each column's usual share of the width (they need not add up to 1)
     * @param total  the table's width
     * @return each column's width; together exactly {@code total}
     */
    static float[] widths(float[][] steps, int[][][] lines, float[] shares, float total) {
        int columns = shares.length;
        if (steps.length != columns) {
            throw new IllegalArgumentException("one list of widths and one share per column");
        }
        int[] at = new int[columns];
        float used = 0;
        float widest = 0;
        for (int c = 0; c < columns; c++) {
            used += steps[c][0];
            widest += steps[c][steps[c].length - 1];
        }
        if (used > total) {
            return shared(new float[columns], shares, total);
        }
        if (widest <= total) {
            for (int c = 0; c < columns; c++) {
                at[c] = steps[c].length - 1;
            }
        } else {
            int tallest = height(lines, at);
            float room = total - used;
            // A step of one column or of two together (a row whose flag and interval both wrap is one
            // line shorter only once both have room: neither alone saves a line).
            for (Move move = best(steps, lines, at, room, tallest); move != null;
                    move = best(steps, lines, at, room, tallest)) {
                room -= move.cost;
                tallest -= move.saved;
                at[move.column] = move.step;
                if (move.other >= 0) {
                    at[move.other] = move.otherStep;
                }
            }
        }
        float[] widths = new float[columns];
        for (int c = 0; c < columns; c++) {
            widths[c] = steps[c][at[c]];
        }
        float room = total;
        for (float width : widths) {
            room -= width;
        }
        return shared(widths, shares, room);
    }

    /* One or two columns' new steps, what they cost in width and the lines they save. */
    private record Move(int column, int step, int other, int otherStep, float cost, int saved) {

        double gain() {
            return saved / (double) cost;
        }
    }

    /* The move of one or two columns that saves the most lines per unit of width within the room. */
    private static Move best(float[][] steps, int[][][] lines, int[] at, float room, int tallest) {
        Move best = null;
        for (int c = 0; c < at.length; c++) {
            int was = at[c];
            for (int k = was + 1; k < steps[c].length && steps[c][k] - steps[c][was] <= room; k++) {
                at[c] = k;
                float cost = steps[c][k] - steps[c][was];
                best = better(best, new Move(c, k, -1, 0, cost, tallest - height(lines, at)));
                for (int d = c + 1; d < at.length; d++) {
                    int otherWas = at[d];
                    for (int j = otherWas + 1; j < steps[d].length && cost + steps[d][j] - steps[d][otherWas] <= room; j++) {
                        at[d] = j;
                        best = better(best, new Move(c, k, d, j, cost + steps[d][j] - steps[d][otherWas],
                                tallest - height(lines, at)));
                    }
                    at[d] = otherWas;
                }
            }
            at[c] = was;
        }
        return best;
    }

    private static Move better(Move best, Move candidate) {
        return candidate.saved > 0 && (best == null || candidate.gain() > best.gain()) ? candidate : best;
    }

    /* The table's lines: each row as tall as its tallest cell. */
    private static int height(int[][][] lines, int[] at) {
        int height = 0;
        for (int[][] row : lines) {
            int tallest = 1;
            for (int c = 0; c < at.length; c++) {
                tallest = Math.max(tallest, row[c][at[c]]);
            }
            height += tallest;
        }
        return height;
    }

    private static float[] shared(float[] widths, float[] shares, float room) {
        float shareSum = 0;
        for (float share : shares) {
            shareSum += share;
        }
        float[] grown = widths.clone();
        for (int c = 0; c < grown.length; c++) {
            grown[c] += room * shares[c] / shareSum;
        }
        return grown;
    }
}
