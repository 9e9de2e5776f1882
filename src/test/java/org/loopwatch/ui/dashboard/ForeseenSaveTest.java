package org.loopwatch.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.loopwatch.domain.DailyResult;
import org.loopwatch.domain.ResultKey;
import org.loopwatch.domain.Stage;
import org.loopwatch.ui.DataChanges.ResultChange;

/**
 * A foreseen save (decision 0062) is shown once both its figures are worked out and its change is
 * committed, in either order; and read as without foresight when its figures failed, the data moved
 * on, or the committed change is another.
 */
class ForeseenSaveTest {

    private static final LocalDate DAY = LocalDate.of(2022, 2, 4);
    private static final ResultChange SAVE = change(1, 9_123, 2);

    private final Recorded outcome = new Recorded();

    @Test
    void workedOutThenCommittedShowsTheFiguresOnce() {
        ForeseenSave<String> save = new ForeseenSave<>(SAVE, 7, outcome);

        save.worked(Optional.of("figures"));
        assertThat(outcome.calls).as("nothing before the commit").isEmpty();
        assertThat(save.canShow(change(1, 9_123, 2))).isTrue();
        save.committed();

        assertThat(outcome.calls).containsExactly("committing", "show figures 7");
    }

    @Test
    void committedThenWorkedOutShowsTheFiguresWhenTheyArrive() {
        ForeseenSave<String> save = new ForeseenSave<>(SAVE, 7, outcome);

        assertThat(save.canShow(SAVE)).as("not worked out yet, but not failed either").isTrue();
        save.committed();
        assertThat(outcome.calls).containsExactly("committing");
        save.worked(Optional.of("figures"));

        assertThat(outcome.calls).containsExactly("committing", "show figures 7");
    }

    @Test
    void figuresThatCouldNotBeWorkedOutOrNoLongerApplyLeaveTheCommittedChangeToBeRead() {
        ForeseenSave<String> failedAfterCommit = new ForeseenSave<>(SAVE, 7, outcome);
        failedAfterCommit.committed();
        failedAfterCommit.worked(Optional.empty());
        assertThat(outcome.calls).containsExactly("committing", "read " + SAVE);

        outcome.calls.clear();
        outcome.dataMovedOn = true;
        ForeseenSave<String> overtaken = new ForeseenSave<>(SAVE, 7, outcome);
        overtaken.worked(Optional.of("figures"));
        overtaken.committed();
        assertThat(outcome.calls).containsExactly("committing", "show figures 7", "read " + SAVE);
    }

    @Test
    void anotherChangeANewerRequestOrFiguresThatFailedAreNotShownInsteadOfARead() {
        ForeseenSave<String> save = new ForeseenSave<>(SAVE, 7, outcome);

        assertThat(save.canShow(change(2, 9_123, 2))).as("another group").isFalse();
        assertThat(save.canShow(change(1, 9_123, 3))).as("other counts").isFalse();
        assertThat(save.canShow(new ResultChange(SAVE.key(), Optional.empty()))).as("a deletion").isFalse();
        outcome.current = 8;
        assertThat(save.canShow(SAVE)).as("other figures asked for since").isFalse();
        outcome.current = 7;
        save.worked(Optional.empty());
        assertThat(save.canShow(SAVE)).as("working out failed").isFalse();
        assertThat(outcome.calls).isEmpty();
    }

    private static ResultChange change(long groupId, long tests, long positives) {
        return new ResultChange(new ResultKey(DAY, groupId, Stage.ARRIVAL),
                Optional.of(new DailyResult(DAY, groupId, Stage.ARRIVAL, tests, positives, "")));
    }

    /** The dashboard's side, as calls in order. */
    private static final class Recorded implements ForeseenSave.Outcome<String> {
        final List<String> calls = new ArrayList<>();
        long current = 7;
        boolean dataMovedOn;

        @Override
        public boolean stillCurrent(long ticket) {
            return ticket == current;
        }

        @Override
        public void committing() {
            calls.add("committing");
        }

        @Override
        public boolean show(String figures, long ticket) {
            calls.add("show " + figures + " " + ticket);
            return !dataMovedOn;
        }

        @Override
        public void readInstead(ResultChange change) {
            calls.add("read " + change);
        }
    }
}
