package org.loopwatch.ui.entry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.loopwatch.domain.DailyResult;
import org.loopwatch.domain.Group;
import org.loopwatch.domain.Stage;
import org.loopwatch.ui.UiTestDatabase;
import org.loopwatch.ui.results.SavedChange;

/** The entry form's day on a real database: what is read, what is dropped, what is kept. */
class ChosenDayTest {

    private static final LocalDate JAN_18 = LocalDate.of(2022, 1, 18);
    private static final LocalDate JAN_19 = LocalDate.of(2022, 1, 19);
    private static final LocalDate JAN_20 = LocalDate.of(2022, 1, 20);

    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>(JAN_20);
    private final ObjectProperty<Group> group = new SimpleObjectProperty<>();
    private final List<Boolean> reads = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();

    @RegisterExtension
    final UiTestDatabase fixture = UiTestDatabase.forEachTest();

    private ChosenDay day;

    @BeforeEach
    void open() {
        day = new ChosenDay(fixture.services(), date, group, reads::add, failures::add);
    }

    @Test
    void aReloadReadsTheGroupsAndTheDayIntoOneCellPerGroupAndStage() {
        fixture.stored(JAN_20, "Media", Stage.IN_LOOP, 900, 2);
        fixture.database().days().close(JAN_20, "");

        day.reload();

        assertThat(day.activeGroups().stream().map(Group::name).toList())
                .containsExactly("Athletes", "Team officials", "Operating staff", "Media");
        assertThat(day.cells().stream().filter(cell -> !cell.isMissing()).map(DayCell::id).toList())
                .containsExactly("cell-media-in_loop");
        assertThat(day.cells().size()).isEqualTo(8);
        assertThat(day.closedProperty().get() && day.loadedProperty().get()).isTrue();
        assertThat(reads).containsExactly(false);
        assertThat(failures).isEmpty();
    }

    @Test
    void aDayThePersonHasTypedPastIsNotShownWhenItsReadArrives() {
        fixture.stored(JAN_19, "Athletes", Stage.ARRIVAL, 171, 0);
        fixture.stored(JAN_18, "Media", Stage.ARRIVAL, 50, 1);
        day.reload();

        fixture.synchronousTasks().hold();
        date.set(JAN_19);
        day.dateChanged();
        date.set(JAN_18); // typed on before the 19th was read
        day.dateChanged();
        fixture.synchronousTasks().release();

        assertThat(reads).containsExactly(false, false);
        assertThat(day.cells().stream().filter(cell -> !cell.isMissing()).map(DayCell::id).toList())
                .containsExactly("cell-media-arrival");
    }

    @Test
    void theChosenGroupStaysChosenAcrossAReloadWhileItIsActive() {
        day.reload();
        Group media = fixture.database().groups().findByName("Media").orElseThrow();
        group.set(media);

        day.reload();
        assertThat(group.get()).isEqualTo(media);
        assertThat(reads).containsExactly(false, true);

        fixture.database().groups().setActive(media.id(), false);
        day.reload();
        assertThat(group.get()).isNull();
    }

    @Test
    void aCommittedChangeShowsWithoutReadingTheDayAgain() {
        day.reload();
        DailyResult saved = fixture.stored(JAN_20, "Athletes", Stage.ARRIVAL, 171, 0);

        day.apply(SavedChange.inserted(saved));

        assertThat(day.cells().getFirst().text()).isEqualTo("0 / 171");
        assertThat(reads).containsExactly(false);
    }
}
