package org.loopwatch.ui.dashboard;

import java.util.List;
import java.util.Optional;
import org.loopwatch.report.chart.ChartSubject;

/**
 * Everything a tile shows for one group or rollup, computed off the FX thread.
 *
 * @param stages      the stage parts side by side: arrival and in-loop apart by default, one of
 *                    them, or one mixed part when both stages together were chosen
 * @param mixing      the warning that a figure mixes two denominators; empty unless mixed
 * @param badge       e.g. "Flagged 22 Jan" when the period's last day is flagged
 * @param badgeDetail each flag of that day explained (counts, baseline, probability), for the
 *                    badge's tooltip
 * @param baselineNote "No baseline yet" when a cell reported on the last day has too few reported
 *                    days before it to be judged; empty otherwise
 * @param baselineDetail which cells lack a baseline and how many days they have, for its tooltip
 */
record TileData(ChartSubject subject, List<TileStage> stages, Optional<String> mixing, Optional<String> badge,
                String badgeDetail, Optional<String> baselineNote, String baselineDetail) {

    TileData {
        stages = List.copyOf(stages);
    }

    /**
     * The same tile shape (so it can be updated in place): the same subject, stage parts and mixing
     * warning. Figures and the notes that come and go with them (badge, incompleteness, baseline)
     * may differ.
     */
    boolean sameShape(TileData other) {
        if (!subject.equals(other.subject) || stages.size() != other.stages.size() || !mixing.equals(other.mixing)) {
            return false;
        }
        for (int i = 0; i < stages.size(); i++) {
            if (stages.get(i).scope() != other.stages.get(i).scope()
                    || !stages.get(i).label().equals(other.stages.get(i).label())) {
                return false;
            }
        }
        return true;
    }
}
