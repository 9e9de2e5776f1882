package org.loopwatch.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

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
        event.nameProperty().set("Beijing 2022");
        event.loopStartProperty().set(LOOP_START);
        assertThat(event.canSaveEventProperty().get()).isTrue();

        event.saveEvent();

        assertThat(database.event().find()).contains(new Event("Beijing 2022", LOOP_START, Optional.empty()));
        assertThat(event.dirtyProperty().get()).isFalse();

        event.loopEndProperty().set(LocalDate.of(2022, 3, 13));
        event.saveEvent();
        assertThat(database.event().find().orElseThrow().loopEnd()).contains(LocalDate.of(2022, 3, 13));
    }

    @Test
    void anEndBeforeTheStartIsExplainedAndNotSaved() {
        EventViewModel event = settings.event();
        event.nameProperty().set("Beijing 2022");
        event.loopStartProperty().set(LOOP_START);
        event.loopEndProperty().set(LocalDate.of(2022, 1, 1));

        assertThat(event.eventProblemProperty().get())
                .isEqualTo("The loop cannot end (2022-01-01) before it starts (2022-01-04). Choose a later end day, "
                        + "or clear it if the end is not known yet.");
        assertThat(event.canSaveEventProperty().get()).isFalse();
        event.saveEvent();
        assertThat(database.event().find()).isEmpty();
    }

    @Test
    void keyDatesAreAddedInDateOrderAndRemoved() {
        EventViewModel event = settings.event();
        event.keyDateDayProperty().set(GAMES_OPEN);
        event.keyDateLabelProperty().set(" Games open ");
        event.addKeyDate();
        event.keyDateDayProperty().set(LocalDate.of(2022, 1, 23));
        event.keyDateLabelProperty().set("IOC period starts");
        event.addKeyDate();

        assertThat(database.event().keyDates().stream().map(KeyDate::label))
                .containsExactly("IOC period starts", "Games open");
        assertThat(event.keyDates().stream().map(KeyDate::label).toList())
                .containsExactly("IOC period starts", "Games open");
        assertThat(event.keyDateLabelProperty().get()).isEmpty();

        event.selectedKeyDateProperty().set(event.keyDates().getFirst());
        event.removeKeyDate();
        assertThat(database.event().keyDates()).extracting(KeyDate::date).containsExactly(GAMES_OPEN);
    }

    @Test
    void aKeyDateNeedsADayAndALabel() {
        EventViewModel event = settings.event();
        event.keyDateLabelProperty().set("Games open");

        assertThat(event.keyDateProblemProperty().get()).isEqualTo("Choose the key date's day.");
        assertThat(event.canAddKeyDateProperty().get()).isFalse();
    }

    @Test
    void unsavedEventTypingSurvivesAReloadCausedByAnotherChange() {
        EventViewModel event = settings.event();
        event.nameProperty().set("Beijing 20");

        database.groups().add("Broadcasters");
        fixture.services().changes().changed();

        assertThat(event.nameProperty().get()).isEqualTo("Beijing 20");
        assertThat(settings.groups().groups().size()).isEqualTo(5);
    }

    @Test
    void defaultsAreSavedAndReadBack() {
        DefaultsViewModel defaults = settings.defaults();
        assertThat(defaults.windowProperty().get()).isEqualTo(RollingWindow.SEVEN_DAYS);
        assertThat(defaults.canSaveProperty().get()).isFalse();

        defaults.windowProperty().set(RollingWindow.FOURTEEN_DAYS);
        defaults.methodProperty().set(IntervalMethod.CLOPPER_PEARSON);
        defaults.levelProperty().set(ConfidenceLevel.NINETY_NINE);
        defaults.save();

        assertThat(database.settings().rollingWindowDays()).isEqualTo(14);
        assertThat(database.settings().intervalMethod()).isEqualTo(IntervalMethod.CLOPPER_PEARSON);
        assertThat(database.settings().confidenceLevel()).isEqualTo(ConfidenceLevel.NINETY_NINE);
        assertThat(defaults.dirtyProperty().get()).isFalse();
        assertThat(defaults.work().messageProperty().get())
                .startsWith("Saved the defaults: 14 days, Clopper\u2013Pearson (exact), 99 %");
    }

    @Test
    void theDefaultStageIsStagesApartAndCanBeSavedForTheDashboard() {
        DefaultsViewModel defaults = settings.defaults();
        assertThat(defaults.stageProperty().get()).isEqualTo(org.loopwatch.domain.StageChoice.APART);

        defaults.stageProperty().set(org.loopwatch.domain.StageChoice.IN_LOOP);
        defaults.save();

        assertThat(database.settings().defaultStage()).isEqualTo(org.loopwatch.domain.StageChoice.IN_LOOP);
        assertThat(database.settings().get("default_stage")).contains("in_loop");
        assertThat(org.loopwatch.report.chart.ChartInputs.load(database).stage())
                .isEqualTo(org.loopwatch.domain.StageChoice.IN_LOOP);
        assertThat(defaults.dirtyProperty().get()).isFalse();
    }

    @Test
    void undoingDefaultChoicesRestoresTheSavedOnes() {
        DefaultsViewModel defaults = settings.defaults();
        defaults.levelProperty().set(ConfidenceLevel.NINETY);
        assertThat(defaults.dirtyProperty().get()).isTrue();

        defaults.revert();

        assertThat(defaults.levelProperty().get()).isEqualTo(ConfidenceLevel.NINETY_FIVE);
        assertThat(database.settings().get("confidence_level")).isEmpty();
    }

    @Test
    void theDatabaseSectionShowsTheFileAndTheTimeOfTheLastChange() {
        DatabaseViewModel section = settings.database();
        assertThat(section.pathProperty().get()).isEqualTo(database.file().toString());
        assertThat(section.dataAsOfProperty().get()).isEqualTo("No changes yet");

        database.groups().add("Broadcasters");
        fixture.services().changes().changed();

        assertThat(section.dataAsOfProperty().get()).isEqualTo("2022-01-22 08:00:00 (time of the last change)");
    }
}
