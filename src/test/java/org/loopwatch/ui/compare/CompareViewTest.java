package org.loopwatch.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.loopwatch.ui.ComboBoxes;
import org.loopwatch.ui.UiTestDatabase;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Compare on the published Beijing figures of 4–22 January 2022 (SPEC §1). */
@ExtendWith(ApplicationExtension.class)
class CompareViewTest {

    static final LocalDate JAN_4 = LocalDate.of(2022, 1, 4);
    static final LocalDate JAN_22 = LocalDate.of(2022, 1, 22);
    static final String ATHLETES_AND_OFFICIALS = "Athletes and team officials";
    static final String OTHER_STAKEHOLDERS = "Other stakeholders";

    @TempDir
    Path folder;

    private UiTestDatabase db;
    private CompareViewModel viewModel;

    @Start
    void start(Stage stage) {
        db = UiTestDatabase.createIn(folder);
        db.spread(JAN_4, JAN_22, ATHLETES_AND_OFFICIALS, org.loopwatch.domain.Stage.ARRIVAL, 171, 0)
                .spread(JAN_4, JAN_22, OTHER_STAKEHOLDERS, org.loopwatch.domain.Stage.ARRIVAL, 2_415, 39)
                .spread(JAN_4, JAN_22, ATHLETES_AND_OFFICIALS, org.loopwatch.domain.Stage.IN_LOOP, 175, 0)
                .spread(JAN_4, JAN_22, OTHER_STAKEHOLDERS, org.loopwatch.domain.Stage.IN_LOOP, 336_246, 33)
                .save();
        viewModel = new CompareViewModel(db.services());
        stage.setScene(new Scene(new CompareView(viewModel), 1280, 800));
        stage.show();
    }

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    @Test
    void theArrivalStageComparisonOfTheJanuaryFiguresCouldBeChance(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !text(robot, "#compareReading").isEmpty());

        ComboBoxes.choose(robot, "#compareA", OTHER_STAKEHOLDERS);
        ComboBoxes.choose(robot, "#compareB", ATHLETES_AND_OFFICIALS);
        ComboBoxes.choose(robot, "#compareStage", "Arrival (airport)");

        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> text(robot, "#compareCountsA").equals("39 / 2,415")
                && text(robot, "#compareCountsB").equals("0 / 171"));
        assertThat(viewModel.comparisonProperty().get().pValue().getAsDouble()).isCloseTo(0.108, within(0.0005));
        assertThat(text(robot, "#compareP")).isEqualTo("0.11");
        assertThat(text(robot, "#compareReading"))
                .isEqualTo("Other stakeholders positivity is higher than Athletes and team officials, "
                        + "but a difference this large could be chance (p = 0.11).");
        assertThat(text(robot, "#compareRateA")).isEqualTo("1.6 %");
        assertThat(text(robot, "#compareCiB")).isEqualTo("95 % CI 0–2.2 %");
        assertThat(text(robot, "#compareRatio")).isEqualTo("not defined: Athletes and team officials has no positives");
        assertThat(text(robot, "#compareDifference")).isEqualTo("+1.6 percentage points");
    }

    @Test
    void theDefaultComparisonIsInLoopNeverTheMixedFigure(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !text(robot, "#compareReading").isEmpty());

        assertThat(robot.lookup("#compareStage").queryAs(javafx.scene.control.ComboBox.class).getValue())
                .isEqualTo(org.loopwatch.report.chart.StageFilter.IN_LOOP);
        ComboBoxes.choose(robot, "#compareA", OTHER_STAKEHOLDERS);
        ComboBoxes.choose(robot, "#compareB", ATHLETES_AND_OFFICIALS);

        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> List.of(text(robot, "#compareCountsA"),
                text(robot, "#compareCountsB")).equals(List.of("33 / 336,246", "0 / 175")));
        assertThat(robot.lookup("#compareMixing").queryAs(Label.class).isVisible()).isFalse();

        ComboBoxes.choose(robot, "#compareStage", "All stages (arrival + in-loop)");

        assertThat(robot.lookup("#compareMixing").queryAs(Label.class).isVisible()).isTrue();
        assertThat(text(robot, "#compareMixing")).contains("mixes two denominators");
    }

    @Test
    void theComparisonCoversTheChosenPeriodOnly(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !text(robot, "#compareReading").isEmpty());
        ComboBoxes.choose(robot, "#compareA", OTHER_STAKEHOLDERS);
        ComboBoxes.choose(robot, "#compareStage", "Arrival (airport)");

        robot.interact(() -> viewModel.fromProperty().set(JAN_22));

        // 2,415 tests over 19 days: the last day holds 127 tests and 2 positives.
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> text(robot, "#compareCountsA").equals("2 / 127"));
    }

    @Test
    void choosingTheSameGroupTwiceSaysSoInsteadOfComparing(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !text(robot, "#compareReading").isEmpty());

        ComboBoxes.choose(robot, "#compareA", OTHER_STAKEHOLDERS);
        ComboBoxes.choose(robot, "#compareB", OTHER_STAKEHOLDERS);

        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> text(robot, "#compareMessage")
                .equals("Choose two different groups or rollups: Other stakeholders is chosen twice."));
        assertThat(text(robot, "#compareReading")).isEmpty();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }
}
