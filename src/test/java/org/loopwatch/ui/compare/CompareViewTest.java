package org.loopwatch.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.Clipboard;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
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
@Tag("gui")
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
        assertThat(text(robot, "#compareReading")).isEqualTo("Arrival, 4–22 Jan 2022: Other stakeholders 1.6 %"
                + " (39 / 2,415) vs Athletes and team officials 0 % (0 / 171). Positivity is higher for Other"
                + " stakeholders, but a difference this large could be chance (p = 0.11).");
        assertThat(text(robot, "#compareRateA")).isEqualTo("1.6 %");
        assertThat(text(robot, "#compareCiB")).isEqualTo("95 % CI 0–2.2 %");
        assertThat(text(robot, "#compareRatio")).isEqualTo("not defined: Athletes and team officials has no positives");
        assertThat(text(robot, "#compareDifference")).isEqualTo("+1.6 percentage points (95 % CI −0.62 to +2.2)");
        // SPEC §8: the figures sit in #compareResult.
        assertThat(robot.from(robot.lookup("#compareResult").queryParent()).lookup("#compareRatio").tryQuery())
                .isPresent();
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

        ComboBoxes.choose(robot, "#compareStage", "Both stages together (mixes denominators)");

        assertThat(robot.lookup("#compareMixing").queryAs(Label.class).isVisible()).isTrue();
        assertThat(text(robot, "#compareMixing")).contains("mixes two denominators");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS,
                () -> text(robot, "#compareReading").startsWith("Both stages (mixed), 4–22 Jan 2022: "));
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

    @Test
    void copyResultPutsTheSentenceAndEveryFigureOnTheClipboard(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !text(robot, "#compareReading").isEmpty());
        ComboBoxes.choose(robot, "#compareA", OTHER_STAKEHOLDERS);
        ComboBoxes.choose(robot, "#compareB", ATHLETES_AND_OFFICIALS);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> text(robot, "#compareCountsA").equals("33 / 336,246")
                && text(robot, "#compareCountsB").equals("0 / 175"));
        assertThat(robot.lookup("#compareCopied").queryAs(Label.class).isVisible()).isFalse();

        robot.clickOn("#compareCopy");
        WaitForAsyncUtils.waitForFxEvents();

        String copied = WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get();
        assertThat(copied.lines().toList()).containsExactly(
                text(robot, "#compareReading"),
                "Other stakeholders: 33 / 336,246 (0.00981 %, 95 % CI 0.00699–0.0138 %; 9.81 per 100,000 tests)",
                "Athletes and team officials: 0 / 175 (0 %, 95 % CI 0–2.1 %)",
                "Rate ratio (Other stakeholders ÷ Athletes and team officials): not defined: Athletes and team"
                        + " officials has no positives",
                "Difference (Other stakeholders − Athletes and team officials): " + text(robot, "#compareDifference"),
                "Fisher's exact p (two-sided): " + text(robot, "#compareP"),
                "Positivity = positives ÷ tests (ratio of sums); Wilson score intervals at 95 %. Ratio interval by"
                        + " Katz's log method, difference interval by Newcombe's hybrid score (from Wilson intervals).");
        assertThat(copied).startsWith("In-loop, 4–22 Jan 2022: Other stakeholders 0.00981 % (33 / 336,246) vs");
        assertThat(robot.lookup("#compareCopied").queryAs(Label.class).isVisible()).isTrue();
    }

    @Test
    void thereIsNothingToCopyWhileNoResultIsShown(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !text(robot, "#compareReading").isEmpty());

        ComboBoxes.choose(robot, "#compareA", OTHER_STAKEHOLDERS);
        ComboBoxes.choose(robot, "#compareB", OTHER_STAKEHOLDERS);

        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS,
                () -> robot.lookup("#compareCopy").queryButton().isDisabled());
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }
}
