package org.loopwatch.ui.dashboard;

import java.util.Optional;
import org.loopwatch.report.chart.ChartSubject;

/**
 * Everything a tile shows for one group or rollup, computed off the FX thread.
 *
 * @param badge          e.g. "Flagged 22 Jan" when the latest day is flagged by the exceedance rule
 * @param badgeDetail    which cells were flagged and what that means, for the badge's tooltip
 * @param incomplete     e.g. "2 of 7 days not fully reported" when the window lacks a row
 */
record TileData(ChartSubject subject, TileFigure cumulative, TileFigure window, Optional<String> badge,
                String badgeDetail, Optional<String> incomplete) {
}
