package org.loopwatch.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.loopwatch.report.ChartFormat;
import org.loopwatch.report.ExportSize;
import org.loopwatch.domain.StageChoice;
import org.loopwatch.report.PreparedChart;
import org.loopwatch.report.chart.ChartKind;
import org.loopwatch.report.chart.StageFilter;
import org.loopwatch.ui.ComboBoxes;
import org.loopwatch.ui.UiTestDatabase;
import org.loopwatch.ui.results.ScriptedDialogs;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The dashboard's export buttons, clicked as a person would, with a file chooser that answers by script. */
@ExtendWith(ApplicationExtension.class)
@Tag("gui")
class DashboardExportTest {

    @TempDir
    Path folder;

    private UiTestDatabase db;
    private DashboardViewModel dashboard;
    private final StubExportDialogs dialogs = new StubExportDialogs();

    @Start
    void start(Stage stage) {
        db = UiTestDatabase.createIn(folder.resolve("january"));
        DashboardFixtures.publishedJanuary(db);
        dashboard = new DashboardViewModel(db.services());
        DashboardView view = new DashboardView(dashboard, new DashboardExportViewModel(db.services(), dashboard, dialogs));
        stage.setScene(new Scene(view, 1280, 800));
        stage.show();
    }

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    @Test
    void exportChartWritesThePngOfTheChosenChartAndSize(FxRobot robot) throws Exception {
        Path png = folder.resolve("tests.png");
        dialogs.choice = Optional.of(new ChartExportChoice(ChartKind.TESTS, new ExportSize(1200, 800, 2)));
        dialogs.file = Optional.of(png);
        waitUntil(() -> !robot.lookup("#exportChart").queryAs(Button.class).isDisabled());

        robot.clickOn("#exportChart");
        waitUntil(() -> Files.exists(png) && status(robot).startsWith("Saved"));

        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(2400);
        assertThat(image.getHeight()).isEqualTo(1600);
        assertThat(dialogs.suggestedNames).containsExactly("loopwatch-tests-2022-01-04-to-2022-01-22.png");
        assertThat(status(robot)).isEqualTo("Saved tests.png (2400 × 1600 pixels).");
    }

    @Test
    void exportChartAsSvgWritesAVectorDocumentOfTheChosenChart(FxRobot robot) throws Exception {
        Path svg = folder.resolve("tests.svg");
        dialogs.choice = Optional.of(new ChartExportChoice(ChartKind.TESTS, new ExportSize(1200, 800, 1), ChartFormat.SVG));
        dialogs.file = Optional.of(svg);
        waitUntil(() -> !robot.lookup("#exportChart").queryAs(Button.class).isDisabled());

        robot.clickOn("#exportChart");
        waitUntil(() -> Files.exists(svg) && status(robot).startsWith("Saved"));

        assertThat(dialogs.suggestedNames).containsExactly("loopwatch-tests-2022-01-04-to-2022-01-22.svg");
        assertThat(status(robot)).isEqualTo("Saved tests.svg (SVG, 1200 × 800).");
        assertThat(Files.readString(svg)).startsWith("<?xml").contains("width=\"1200\" height=\"800\"",
                "Tests per day", "Operating staff");
    }

    @Test
    void exportingTheRollingChartOfStagesApartWritesBothStagesAsTheDashboardShowsThem(FxRobot robot) throws Exception {
        Path svg = folder.resolve("rolling.svg");
        dialogs.choice = Optional.of(new ChartExportChoice(ChartKind.ROLLING, new ExportSize(1600, 1200, 1), ChartFormat.SVG));
        dialogs.file = Optional.of(svg);
        waitUntil(() -> !robot.lookup("#exportChart").queryAs(Button.class).isDisabled());

        robot.clickOn("#exportChart");
        waitUntil(() -> Files.exists(svg) && status(robot).startsWith("Saved"));

        // Before decision 0028 this exported the dashboard's first chart only: arrivals, without saying so.
        assertThat(Files.readString(svg)).contains("Arrival and in-loop apart", "Arrival (airport)",
                "In-loop screening").doesNotContain("mixes denominators");

        Path inLoop = folder.resolve("in-loop.svg");
        dialogs.file = Optional.of(inLoop);
        robot.interact(() -> dashboard.stageProperty().set(StageChoice.IN_LOOP));
        waitUntil(() -> dashboard.currentRequest().map(request -> request.stage() == StageFilter.IN_LOOP).orElse(false));
        robot.clickOn("#exportChart");
        waitUntil(() -> Files.exists(inLoop) && status(robot).contains("in-loop.svg"));

        assertThat(Files.readString(inLoop)).contains("In-loop screening").doesNotContain("Arrival (airport)",
                "Arrival and in-loop apart");
    }

    @Test
    void copyStatementPutsTheDailyStatementOfTheLastDayShownOnTheClipboardAndItsPdfHoldsTheSameWords(FxRobot robot)
            throws Exception {
        waitUntil(() -> !robot.lookup("#copyStatement").queryAs(Button.class).isDisabled());

        robot.clickOn("#copyStatement");
        waitUntil(() -> !dialogs.copiedTexts.isEmpty());

        String text = dialogs.copiedTexts.get(0);
        assertThat(text).startsWith("Daily statement for 2022-01-22 (cumulative since 2022-01-04)")
                .contains("Arrival (airport) screening", "In-loop screening", "Operating staff: ", "All groups: ");
        assertThat(status(robot)).isEqualTo("Copied the daily statement for 2022-01-22 to the clipboard.");

        Path pdf = folder.resolve("statement.pdf");
        dialogs.file = Optional.of(pdf);
        robot.clickOn("#exportStatement");
        waitUntil(() -> status(robot).startsWith("Saved"));

        assertThat(dialogs.suggestedNames).contains("loopwatch-statement-2022-01-22.pdf");
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            String read = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            for (String line : text.split("\\R")) {
                assertThat(read).contains(line.replaceAll("\\s+", " ").strip());
            }
        }
    }

    @Test
    void exportBriefingWritesThePdfOfTheDashboardsPeriodAndEndsItsProgress(FxRobot robot) throws Exception {
        Path pdf = folder.resolve("briefing.pdf");
        dialogs.file = Optional.of(pdf);
        waitUntil(() -> !robot.lookup("#exportBriefing").queryAs(Button.class).isDisabled());

        robot.clickOn("#exportBriefing");
        waitUntil(() -> status(robot).startsWith("Saved"));

        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(document)).contains("Team officials", "Operating staff",
                    "4 Jan – 22 Jan 2022");
        }
        assertThat(robot.lookup("#exportProgress").query().isVisible()).isFalse();
        assertThat(robot.lookup("#exportBriefing").queryAs(Button.class).isDisabled()).isFalse();
    }

    @Test
    void theBriefingFollowsTheDashboardsGroupsStageAndPeriod(FxRobot robot) throws Exception {
        Path pdf = folder.resolve("filtered.pdf");
        dialogs.file = Optional.of(pdf);
        waitUntil(() -> !robot.lookup("#exportBriefing").queryAs(Button.class).isDisabled());
        long staff = db.database().groups().findByName("Operating staff").orElseThrow().id();
        LocalDate jan10 = LocalDate.of(2022, 1, 10);

        ComboBoxes.choose(robot, "#dashboardStage", "In-loop only");
        // (The Groups menu's check box calls this; its popup is not reachable under Monocle's headless glass.)
        robot.interact(() -> dashboard.setShown(dashboard.subjects().stream()
                .filter(subject -> subject.key().equals("group-" + staff)).findFirst().orElseThrow(), false));
        robot.interact(() -> robot.lookup("#dashboardFrom").queryAs(DatePicker.class).setValue(jan10));
        waitUntil(() -> dashboard.currentRequest().filter(shown -> shown.from().equals(jan10)
                && shown.stage() == StageFilter.IN_LOOP
                && shown.subjects().stream().noneMatch(subject -> subject.name().equals("Operating staff"))).isPresent());
        robot.clickOn("#exportBriefing");
        waitUntil(() -> status(robot).startsWith("Saved"));

        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("10 Jan – 22 Jan 2022 · In-loop only", "groups: Athletes, Team officials",
                    "In-loop screening").doesNotContain("Operating staff", "Arrival (airport)", "arrival tests × 100");
            // Team officials' in-loop tests from 10 January: 12 days × 1,000 and 22 January's 1,000.
            assertThat(text).contains("13,000");
        }
    }

    @Test
    void aFailedExportSaysSoAndLeavesNoFile(FxRobot robot) throws Exception {
        Path missing = folder.resolve("gone").resolve("briefing.pdf");
        dialogs.file = Optional.of(missing);
        waitUntil(() -> !robot.lookup("#exportBriefing").queryAs(Button.class).isDisabled());

        robot.clickOn("#exportBriefing");
        waitUntil(() -> status(robot).startsWith("Export failed"));

        ScriptedDialogs errors = (ScriptedDialogs) db.services().dialogs();
        assertThat(errors.errors).singleElement().asString().contains("Export failed", "does not exist");
        assertThat(missing.getParent()).doesNotExist();
    }

    @Test
    void cancellingTheFileChooserWritesNothing(FxRobot robot) throws Exception {
        dialogs.file = Optional.empty();
        waitUntil(() -> !robot.lookup("#exportBriefing").queryAs(Button.class).isDisabled());

        robot.clickOn("#exportBriefing");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(status(robot)).isEmpty();
        try (var files = Files.list(folder)) {
            assertThat(files.map(path -> path.getFileName().toString())).containsExactly("january");
        }
    }

    @Test
    void copyChartPutsTheShownChartWithItsProvenanceOnTheClipboard(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#copyChart-cumulative").tryQuery().isPresent());
        // The charts sit under the tiles: scroll down to them first.
        robot.interact(() -> robot.lookup(".dashboard-scroll").queryAs(ScrollPane.class).setVvalue(1));

        robot.clickOn("#copyChart-cumulative");
        waitUntil(() -> !dialogs.copied.isEmpty());

        PreparedChart copied = dialogs.copied.get(0);
        assertThat(copied.data().kind()).isEqualTo(ChartKind.CUMULATIVE);
        assertThat(copied.provenance().lines().get(1)).contains("rows ");
        assertThat(status(robot)).startsWith("Copied “Cumulative positives");
    }

    @Test
    void copyAfterThePeriodMovedByADayCopiesTheChartOfTheNewPeriod(FxRobot robot) throws Exception {
        // 6–20 Jan, then 7–21 Jan: same length, every day reported, no key date in either — the
        // chart is redrawn in place, its holder and Copy button kept.
        showPeriod(robot, LocalDate.of(2022, 1, 6), LocalDate.of(2022, 1, 20));
        Object holderBefore = robot.lookup("#copyChart-cumulative").query().getParent().getParent();
        showPeriod(robot, LocalDate.of(2022, 1, 7), LocalDate.of(2022, 1, 21));
        assertThat(robot.lookup("#copyChart-cumulative").query().getParent().getParent()).isSameAs(holderBefore);
        robot.interact(() -> robot.lookup(".dashboard-scroll").queryAs(ScrollPane.class).setVvalue(1));

        robot.clickOn("#copyChart-cumulative");
        waitUntil(() -> !dialogs.copied.isEmpty());

        // Before 0416a7b the button kept the request of the chart it was made with: 6–20 Jan.
        assertThat(dialogs.copied.get(0).data().request().from()).isEqualTo(LocalDate.of(2022, 1, 7));
        assertThat(dialogs.copied.get(0).data().request().to()).isEqualTo(LocalDate.of(2022, 1, 21));
    }

    private void showPeriod(FxRobot robot, LocalDate from, LocalDate to) throws Exception {
        robot.interact(() -> {
            dashboard.fromProperty().set(from);
            dashboard.toProperty().set(to);
        });
        waitUntil(() -> !dashboard.busyProperty().get() && robot.lookup("#copyChart-cumulative").tryQuery().isPresent()
                && dashboard.currentRequest().map(request -> request.from().equals(from) && request.to().equals(to))
                        .orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String status(FxRobot robot) {
        return robot.lookup("#exportStatus").queryAs(Label.class).getText();
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        // Read on the FX thread, where the screen changes: a condition, not rounds of waiting for events.
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> UiTestDatabase.onFx(condition::getAsBoolean));
    }

    /** Answers the export questions by script and records what was asked and copied. */
    static final class StubExportDialogs implements ExportDialogs {
        Optional<ChartExportChoice> choice = Optional.empty();
        Optional<Path> file = Optional.empty();
        final List<String> suggestedNames = new ArrayList<>();
        final List<PreparedChart> copied = new ArrayList<>();
        final List<String> copiedTexts = new ArrayList<>();

        @Override
        public Optional<ChartExportChoice> askChartExport(ChartKind suggested) {
            return choice;
        }

        @Override
        public Optional<Path> chooseImageFile(String suggestedName) {
            suggestedNames.add(suggestedName);
            return file;
        }

        @Override
        public Optional<Path> choosePdfFile(String suggestedName) {
            suggestedNames.add(suggestedName);
            return file;
        }

        @Override
        public void copyToClipboard(PreparedChart chart) {
            copied.add(chart);
        }

        @Override
        public void copyTextToClipboard(String text) {
            copiedTexts.add(text);
        }
    }
}
