package org.loopwatch.ui.dashboard;

import java.util.Optional;
import org.loopwatch.domain.StageScope;

/**
 * One stage's part of a tile: its name, the period's figure, the last W days' figure and what was
 * not reported.
 *
 * @param scope            arrival, in-loop, or both stages mixed (only when chosen)
 * @param label            e.g. "Arrival", "In-loop", "Both stages (mixed)"
 * @param incomplete       e.g. "2 of 7 days not fully reported", for the last W days
 * @param incompleteDetail which group, stage and days are missing, for the tooltip
 */
record TileStage(StageScope scope, String label, TileFigure period, TileFigure window, Optional<String> incomplete,
                 String incompleteDetail) {
}
