package org.loopwatch.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.loopwatch.app.AppUnderTest.DATABASE;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.loopwatch.report.ExportFixtures;
import org.loopwatch.report.PreparedChart;
import org.loopwatch.report.chart.ChartKind;
import org.loopwatch.ui.dashboard.BriefingPrinter;
import org.loopwatch.ui.dashboard.ChartExportChoice;
import org.loopwatch.ui.dashboard.ExportDialogs;
import org.loopwatch.ui.dashboard.PdfBriefingPrinter;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The File menu's exports (SPEC §4) in the whole app, clicked and typed as a person would: they
 * export what the dashboard shows, also from another screen, and Print briefing on a computer
 * with no printer says so (the printer lookup is the one part replaced: it finds none). The
 * system's print dialog itself is not driven: tests run headless, where it cannot show.
 */
@Tag("gui")
class ExportMenuAppTest {

    @TempDir
    Path folder;

    @RegisterExtension
    final AppUnderTest app = new AppUnderTest();

    /** The app on a computer with no printer, whose save dialogs answer with {@link #chosenFile}. */
    public static final class NoPrinterApp extends LoopWatchApp {
        static volatile Path chosenFile;

        @Override
        BriefingPrinter briefingPrinter() {
            return PdfBriefingPrinter.withPrinters(List::of);
        }

        @Override
        ExportDialogs exportDialogs(Window owner) {
            return new ExportDialogs() {
                @Override
                public Optional<ChartExportChoice> askChartExport(ChartKind suggested) {
                    return Optional.empty();
                }

                @Override
                public Optional<Path> chooseImageFile(String suggestedName) {
                    return Optional.ofNullable(chosenFile);
                }

                @Override
                public Optional<Path> choosePdfFile(String suggestedName) {
                    return Optional.ofNullable(chosenFile);
                }

                @Override
                public void copyToClipboard(PreparedChart chart) {
                }

                @Override
                public void copyTextToClipboard(String text) {
                }
            };
        }
    }

    @Test
    void theFileMenuHoldsEveryExportOfSpec4WithItsShortcutsEnabledOnceTheDashboardHasFigures() throws Exception {
        start();

        Menu file = fileMenu();
        List<String> ids = file.getItems().stream().map(MenuItem::getId).filter(id -> id != null).toList();
        assertThat(ids).containsSubsequence("menuNewDatabase", "menuOpenDatabase", "menuOpenRecent", "menuImportCsv",
                "menuExportCsv", "menuExportChart", "menuExportBriefing", "menuPrintBriefing", "menuCopyStatement",
                "menuExportStatement", "menuQuit");
        assertThat(item("menuExportChart").getAccelerator().getDisplayText()).isEqualTo("Ctrl+Shift+E");
        assertThat(item("menuExportBriefing").getAccelerator().getDisplayText()).isEqualTo("Ctrl+Shift+B");
        assertThat(item("menuPrintBriefing").getAccelerator().getDisplayText()).isEqualTo("Ctrl+P");
        assertThat(item("menuPrintBriefing").getText()).isEqualTo("Print briefing…");
        app.waitUntil(() -> !item("menuPrintBriefing").isDisable() && !item("menuExportBriefing").isDisable());
        // No two commands of the window share a shortcut.
        List<String> shortcuts = menus().stream().flatMap(menu -> menu.getItems().stream())
                .filter(item -> item.getAccelerator() != null).map(item -> item.getAccelerator().getDisplayText()).toList();
        assertThat(shortcuts).doesNotHaveDuplicates().contains("Ctrl+Q", "Ctrl+1", "F1");
    }

    @Test
    void printBriefingOnAComputerWithNoPrinterSaysToExportThePdfInstead() throws Exception {
        start();
        app.waitUntil(() -> !item("menuPrintBriefing").isDisable());

        app.clickOn("#menuFile").clickOn("#menuPrintBriefing");

        app.waitUntil(() -> app.isShown("#errorDialogText"));
        String message = app.lookup("#errorDialogText").queryAs(Label.class).getText();
        assertThat(message).contains("No printer is set up on this computer.", "Export the briefing as PDF instead");
        assertThat(app.text("#exportStatus")).isEqualTo("Not printed: no printer is set up.");
        app.type(KeyCode.ENTER);
        app.waitUntil(() -> !app.isShown("#errorDialogText"));
        assertThat(item("menuPrintBriefing").isDisable()).isFalse();
    }

    @Test
    void ctrlShiftBOnTheEntryScreenExportsTheBriefingOfTheDashboardsSelection() throws Exception {
        Path pdf = folder.resolve("from-the-menu.pdf");
        NoPrinterApp.chosenFile = pdf;
        start();
        app.waitUntil(() -> !item("menuExportBriefing").isDisable());
        app.clickOn("#navEntry");
        WaitForAsyncUtils.waitForFxEvents();

        app.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.B).release(KeyCode.B, KeyCode.SHIFT, KeyCode.CONTROL);

        app.waitUntil(() -> app.text("#exportStatus").equals("Saved from-the-menu.pdf."));
        assertThat(app.lookup("#navDashboard").queryAs(javafx.scene.control.ToggleButton.class).isSelected()).isTrue();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains(ExportFixtures.EVENT, "Operating staff", "Athletes");
        }
    }

    @Test
    void inChineseTheNoPrinterMessageIsChinese() throws Exception {
        Path database = ExportFixtures.publishedJanuary(folder);
        app.start(NoPrinterApp.class, database, "--lang", "zh-CN");
        app.waitUntil(() -> !item("menuPrintBriefing").isDisable());
        assertThat(item("menuPrintBriefing").getText()).isEqualTo("打印简报…");

        app.clickOn("#menuFile").clickOn("#menuPrintBriefing");

        app.waitUntil(() -> app.isShown("#errorDialogText"));
        assertThat(app.lookup("#errorDialogText").queryAs(Label.class).getText())
                .contains("此计算机上未设置打印机。", "导出为 PDF");
    }

    @org.junit.jupiter.api.AfterEach
    void englishAgain() {
        org.loopwatch.domain.text.Texts.useLanguage(java.util.Locale.ENGLISH); // --lang zh-CN set it for the whole JVM
        NoPrinterApp.chosenFile = null;
    }

    private void start() throws Exception {
        Path database = ExportFixtures.publishedJanuary(folder);
        app.start(NoPrinterApp.class, database);
        app.waitUntil(() -> app.status(DATABASE).contains(database.toString()));
        assertThat(Files.exists(database)).isTrue();
    }

    private List<Menu> menus() {
        return app.lookup("#menuBar").queryAs(MenuBar.class).getMenus();
    }

    private Menu fileMenu() {
        return menus().stream().filter(menu -> "menuFile".equals(menu.getId())).findFirst().orElseThrow();
    }

    private MenuItem item(String id) {
        return fileMenu().getItems().stream().filter(item -> id.equals(item.getId())).findFirst().orElseThrow();
    }
}
