package org.loopwatch.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.loopwatch.domain.IntervalMethod;
import org.loopwatch.domain.StageChoice;
import org.loopwatch.report.chart.ChartSubject;

/** The person's filter choices: each counts as chosen, asks once for new figures, and a value set again is no change. */
class DashboardFilterChoicesTest {

    private final AtomicInteger askedForFigures = new AtomicInteger();
    private final DashboardFilterChoices choices = new DashboardFilterChoices(askedForFigures::incrementAndGet);

    @Test
    void aFilterThePersonSetsIsRememberedAsChosenAndAsksOnceForNewFigures() {
        assertThat(choices.now().datesChosen()).isFalse();
        assertThat(choices.now().methodChosen()).isFalse();

        choices.from().set(LocalDate.of(2022, 1, 4));
        choices.method().set(IntervalMethod.CLOPPER_PEARSON);

        assertThat(askedForFigures).hasValue(2);
        assertThat(choices.now().from()).isEqualTo(LocalDate.of(2022, 1, 4));
        assertThat(choices.now().datesChosen()).isTrue();
        assertThat(choices.now().methodChosen()).isTrue();
        assertThat(choices.now().stageChosen()).isFalse();
        assertThat(choices.now().stage()).isEqualTo(StageChoice.DEFAULT);
    }

    @Test
    void theSameValueSetAgainIsNoChoiceAndAsksForNothing() {
        // A date picker losing focus sets its date again.
        choices.stage().set(StageChoice.DEFAULT);
        choices.method().set(IntervalMethod.WILSON);

        assertThat(askedForFigures).hasValue(0);
        assertThat(choices.now().stageChosen()).isFalse();
        assertThat(choices.now().methodChosen()).isFalse();
    }

    @Test
    void aHiddenGroupIsLeftOutOfTheFiguresUntilShownAgain() {
        ChartSubject media = new ChartSubject("group:4", "Media", Set.of(4L), false, "#cc79a7");

        choices.setShown(media, false);
        choices.setShown(media, false);

        assertThat(askedForFigures).hasValue(1);
        assertThat(choices.isShown(media)).isFalse();
        assertThat(choices.hidden()).containsExactly("group:4");

        choices.setShown(media, true);

        assertThat(askedForFigures).hasValue(2);
        assertThat(choices.hidden()).isEmpty();
        assertThat(choices.isShown(media)).isTrue();
    }
}
