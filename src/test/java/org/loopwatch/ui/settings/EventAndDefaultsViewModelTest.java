package org.loopwatch.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.loopwatch.ui.UiTestDatabase.onFx;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.loopwatch.domain.ConfidenceLevel;
import org.loopwatch.domain.IntervalMethod;
import org.loopwatch.domain.RollingWindow;
import org.loopwatch.store.Event;
import org.loopwatch.store.KeyDate;

class EventAndDefaultsViewModelTest extends SettingsSectionTest {

    private static final LocalDate LOOP_START = LocalDate.of(2022, 1, 4);
    private static final LocalDate GAMES_OPEN = LocalDate.of(2022, 2, 4);

    @Test
    void theEventIsSavedWithItsLoopStartAndOptionalEnd() {
        EventViewModel event = settings.event();
        onFx(() -> {
            event.nameProperty().set("Beijing 2022");
            event.loopStartProperty().set(LOOP_START);
        });
        assertThat(onFx(() -> event.canSaveEventProperty().get())).isTrue();

        onFx(event::saveEvent);
        fixture.settle();

        assertThat(database.event().find()).contains(new Event("Beijing 2022", LOOP_START, Optional.empty()));
        assertThat(onFx(() -> event.dirtyProperty().get())).isFalse();

        onFx(() -> {
            event.loopEndProperty().set(LocalDate.of(2022, 3, 13));
            event.saveEvent();
        });
        fixture.settle();
        assertThat(database.event().find().orElseThrow().loopEnd()).contains(LocalDate.of(2022, 3, 13));
    }

    @Test
    void anEndBeforeTheStartIsExplainedAndNotSaved() {
        EventViewModel event = settings.event();
        onFx(() -> {
            event.nameProperty().set("Beijing 2022");
            event.loopStartProperty().set(LOOP_START);
            event.loopEndProperty().set(LocalDate.of(2022, 1, 1));
        });

        assertThat(onFx(() -> event.eventProblemProperty().get()))
                .isEqualTo("The loop cannot end (2022-01-01) before it starts (2022-01-04). Choose a later end day, "
                        + "or clear it if the end is not known yet.");
        assertThat(onFx(() -> event.canSaveEventProperty().get())).isFalse();
        onFx(event::saveEvent);
        fixture.settle();
        assertThat(database.event().find()).isEmpty();
    }

    @Test
    void keyDatesAreAddedInDateOrderAndRemoved() {
        EventViewModel event = settings.event();
        onFx(() -> {
            event.keyDateDayProperty().set(GAMES_OPEN);
            event.keyDateLabelProperty().set(" Games open ");
            event.addKeyDate();
        });
        fixture.settle();
        onFx(() -> {
            event.keyDateDayProperty().set(LocalDate.of(2022, 1, 23));
            event.keyDateLabelProperty().set("IOC period starts");
            event.addKeyDate();
        });
        fixture.settle();

        assertThat(database.event().keyDates().stream().map(KeyDate::label))
                .containsExactly("IOC period starts", "Games open");
        assertThat(onFx(() -> event.keyDates().stream().map(KeyDate::label).toList()))
                .containsExactly("IOC period starts", "Games open");
        assertThat(onFx(() -> event.keyDateLabelProperty().get())).isEmpty();

        onFx(() -> {
            event.selectedKeyDateProperty().set(event.keyDates().getFirst());
            event.removeKeyDate();
        });
        fixture.settle();
        assertThat(database.event().keyDates()).extracting(KeyDate::date).containsExactly(GAMES_OPEN);
    }

    @Test
    void aKeyDateNeedsADayAndALabel() {
        EventViewModel event = settings.event();
        onFx(() -> event.keyDateLabelProperty().set("Games open"));

        assertThat(onFx(() -> event.keyDateProblemProperty().get())).isEqualTo("Choose the key date's day.");
        assertThat(onFx(() -> event.canAddKeyDateProperty().get())).isFalse();
    }

    @Test
    void unsavedEventTypingSurvivesAReloadCausedByAnotherChange() {
        EventViewModel event = settings.event();
        onFx(() -> event.nameProperty().set("Beijing 20"));

        database.groups().add("Broadcasters");
        onFx(() -> fixture.services().changes().changed());
        fixture.settle();

        assertThat(onFx(() -> event.nameProperty().get())).isEqualTo("Beijing 20");
        assertThat(onFx(() -> settings.groups().groups().size())).isEqualTo(5);
    }

    @Test
    void defaultsAreSavedAndReadBack() {
        DefaultsViewModel defaults = settings.defaults();
        assertThat(onFx(() -> defaults.windowProperty().get())).isEqualTo(RollingWindow.SEVEN_DAYS);
        assertThat(onFx(() -> defaults.canSaveProperty().get())).isFalse();

        onFx(() -> {
            defaults.windowProperty().set(RollingWindow.FOURTEEN_DAYS);
            defaults.methodProperty().set(IntervalMethod.CLOPPER_PEARSON);
            defaults.levelProperty().set(ConfidenceLevel.NINETY_NINE);
            defaults.save();
        });
        fixture.settle();

        assertThat(database.settings().rollingWindowDays()).isEqualTo(14);
        assertThat(database.settings().intervalMethod()).isEqualTo(IntervalMethod.CLOPPER_PEARSON);
        assertThat(database.settings().confidenceLevel()).isEqualTo(ConfidenceLevel.NINETY_NINE);
        assertThat(onFx(() -> defaults.dirtyProperty().get())).isFalse();
        assertThat(onFx(() -> defaults.work().messageProperty().get()))
                .startsWith("Saved the defaults: 14 days, Clopper\u2013Pearson (exact), 99 %");
    }

    @Test
    void undoingDefaultChoicesRestoresTheSavedOnes() {
        DefaultsViewModel defaults = settings.defaults();
        onFx(() -> defaults.levelProperty().set(ConfidenceLevel.NINETY));
        assertThat(onFx(() -> defaults.dirtyProperty().get())).isTrue();

        onFx(defaults::revert);

        assertThat(onFx(() -> defaults.levelProperty().get())).isEqualTo(ConfidenceLevel.NINETY_FIVE);
        assertThat(database.settings().get("confidence_level")).isEmpty();
    }

    @Test
    void theDatabaseSectionShowsTheFileAndTheTimeOfTheLastChange() {
        DatabaseViewModel section = settings.database();
        assertThat(onFx(() -> section.pathProperty().get())).isEqualTo(database.file().toString());
        assertThat(onFx(() -> section.dataAsOfProperty().get())).isEqualTo("No changes yet");

        database.groups().add("Broadcasters");
        onFx(() -> fixture.services().changes().changed());
        fixture.settle();

        assertThat(onFx(() -> section.dataAsOfProperty().get())).isEqualTo("2022-01-22 08:00:00 (time of the last change)");
    }
}
