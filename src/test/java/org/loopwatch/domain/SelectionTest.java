package org.loopwatch.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SelectionTest {

    @Test
    void orderedStagesAreArrivalThenInLoopWhicheverWayTheSetWasMade() {
        assertThat(new Selection(Set.of(1L), Set.of(Stage.IN_LOOP, Stage.ARRIVAL)).orderedStages())
                .containsExactly(Stage.ARRIVAL, Stage.IN_LOOP);
        assertThat(new Selection(Set.of(1L), EnumSet.of(Stage.IN_LOOP)).orderedStages()).containsExactly(Stage.IN_LOOP);
        assertThat(Selection.ofCell(1L, Stage.ARRIVAL).orderedStages()).containsExactly(Stage.ARRIVAL);
        assertThat(new Selection(Set.of(1L), Set.of()).orderedStages()).isEmpty();
    }

    @Test
    void orderedStagesCannotBeChanged() {
        List<Stage> one = Selection.ofCell(1L, Stage.IN_LOOP).orderedStages();
        List<Stage> both = new Selection(Set.of(1L), Selection.BOTH_STAGES).orderedStages();

        assertThatThrownBy(() -> one.add(Stage.ARRIVAL)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> both.clear()).isInstanceOf(UnsupportedOperationException.class);
    }
}
