package org.loopwatch.ui.entry;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.loopwatch.domain.DailyResult;
import org.loopwatch.domain.Group;
import org.loopwatch.domain.Stage;

/** The day grid's cells: every active group × stage, and where Enter goes next. */
final class DayCells {

    private DayCells() {
    }

    /** One cell per active group and stage, in display order, each with its row when reported. */
    static List<DayCell> build(List<Group> activeGroups, List<DailyResult> rowsOfTheDay) {
        List<DayCell> built = new ArrayList<>();
        for (Group group : activeGroups) {
            for (Stage stage : Stage.values()) {
                built.add(new DayCell(group, stage, rowsOfTheDay.stream()
                        .filter(row -> row.groupId() == group.id() && row.stage() == stage).findFirst()));
            }
        }
        return built;
    }

    /** The next missing cell after the given one, wrapping around; empty when every cell is entered. */
    static Optional<DayCell> nextMissingAfter(List<DayCell> cells, Group group, Stage stage) {
        int current = 0;
        for (int i = 0; i < cells.size(); i++) {
            if (cells.get(i).is(group, stage)) {
                current = i;
            }
        }
        for (int step = 1; step <= cells.size(); step++) {
            DayCell candidate = cells.get((current + step) % cells.size());
            if (candidate.isMissing()) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    static Optional<DayCell> firstMissing(List<DayCell> cells) {
        return cells.stream().filter(DayCell::isMissing).findFirst();
    }
}
