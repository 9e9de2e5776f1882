package org.loopwatch.ui.entry;

import java.util.Optional;
import org.loopwatch.domain.DailyResult;
import org.loopwatch.domain.Group;
import org.loopwatch.domain.RateFormat;
import org.loopwatch.domain.Stage;

/**
 * One group × stage of the chosen day in the entry grid: its stored row, or none ("missing",
 * which is not the same as a row with 0 tests).
 */
public record DayCell(Group group, Stage stage, Optional<DailyResult> result) {

    public static final String MISSING = "missing";

    public boolean isMissing() {
        return result.isEmpty();
    }

    /** "3 / 2,415" (positives / tests) or {@value #MISSING}. */
    public String text() {
        return result.map(row -> RateFormat.counts(row.counts()))
                .orElseGet(() -> org.loopwatch.domain.text.Texts.of(DayCell.class).get("cell.missing"));
    }

    /** The automation id of the cell, e.g. {@code cell-athletes-in_loop}. */
    public String id() {
        return "cell-" + group.slug() + "-" + stage.code();
    }

    public boolean is(Group otherGroup, Stage otherStage) {
        return otherGroup != null && group.id() == otherGroup.id() && stage == otherStage;
    }
}
