package org.loopwatch.ui.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.loopwatch.ui.UiTestDatabase.waitUntil;
import static org.loopwatch.ui.results.ScreensHarness.TODAY;

import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.loopwatch.domain.DailyResult;
import org.loopwatch.domain.ResultKey;
import org.loopwatch.domain.Stage;
import org.loopwatch.store.AuditAction;
import org.loopwatch.store.AuditEntry;
import org.loopwatch.store.AuditFilter;
import org.loopwatch.ui.Screen;
import org.loopwatch.ui.UiTestDatabase;
import org.loopwatch.ui.results.ScreensHarness;
import org.loopwatch.ui.ScreenSnapshot;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The data screen, driven by its ids with mouse and keyboard. */
@ExtendWith(ApplicationExtension.class)
@Tag("gui")
class DataViewTest {

    private ScreensHarness app;

    @Start
    void start(javafx.stage.Stage stage) throws Exception {
        app = new ScreensHarness(stage, Screen.DATA);
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        app.close();
    }

    private TableView<DataRow> table(FxRobot robot) {
        return robot.lookup("#dataTable").queryTableView();
    }

    private void withRows(FxRobot robot) {
        app.fixture.stored(TODAY.minusDays(1), "Athletes", Stage.ARRIVAL, 171, 0);
        app.fixture.stored(TODAY, "Media", Stage.ARRIVAL, 2415, 39);
        app.fixture.stored(TODAY, "Operating staff", Stage.IN_LOOP, 0, 0);
        UiTestDatabase.onFx(app.fixture.changes()::changed);
        app.fixture.awaitBackgroundWork();
        waitUntil(() -> table(robot).getItems().size() == 3);
    }

    private Node cell(FxRobot robot, String columnId, String text) {
        return robot.lookup("#dataTable .table-cell").match(node -> node instanceof javafx.scene.control.TableCell<?, ?> c
                && columnId.equals(c.getTableColumn().getId()) && text.equals(c.getText())).query();
    }

    @Test
    void theGroupColumnWidensForALongerGroupAddedWhileTheScreenIsOpen(FxRobot robot) {
        withRows(robot);
        javafx.scene.control.TableColumn<DataRow, ?> group = table(robot).getColumns().stream()
                .filter(column -> "Group".equals(column.getText())).findFirst().orElseThrow();
        double before = UiTestDatabase.onFx(group::getMinWidth);

        app.fixture.groupId("Venue staff, Yanqing");
        UiTestDatabase.onFx(app.fixture.changes()::changed);
        app.fixture.awaitBackgroundWork();

        waitUntil(() -> UiTestDatabase.onFx(group::getMinWidth) > before);
        app.fixture.groupId("Operating staff and contractors of the Zhangjiakou cluster, with volunteers");
        UiTestDatabase.onFx(app.fixture.changes()::changed);
        app.fixture.awaitBackgroundWork();
        double capped = UiTestDatabase.onFx(group::getMinWidth);
        double font = UiTestDatabase.onFx(() -> robot.lookup("#dataTable .group-label").queryAs(javafx.scene.control.Label.class).getFont().getSize());
        assertThat(capped).as("a very long name does not push the numbers out").isLessThanOrEqualTo(Math.ceil(14.5 * font));
    }

    @Test
    void aHiddenDataScreenDoesNotReadAfterASaveButCatchesUpWhenShown(FxRobot robot) {
        withRows(robot);
        TableView<DataRow> table = table(robot);
        UiTestDatabase.onFx(() -> app.shell.show(Screen.ENTRY));

        app.fixture.stored(TODAY, "Athletes", Stage.IN_LOOP, 175, 0);
        UiTestDatabase.onFx(app.fixture.changes()::changed);
        app.fixture.awaitBackgroundWork();
        assertThat(table.getItems()).as("not read while hidden").hasSize(3);

        UiTestDatabase.onFx(() -> app.shell.show(Screen.DATA));
        app.fixture.awaitBackgroundWork();
        waitUntil(() -> table.getItems().size() == 4);
    }

    @Test
    void testsAreEditedInPlaceThroughTheAuditedPath(FxRobot robot) {
        withRows(robot);
        robot.doubleClickOn(cell(robot, "dataColumnTests", "2,415"));
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write("2416").type(KeyCode.ENTER);

        app.fixture.awaitBackgroundWork();
        waitUntil(() -> table(robot).getItems().stream().anyMatch(row -> row.testsText().equals("2,416")));
        DailyResult stored = app.fixture.database().results()
                .find(new ResultKey(TODAY, app.fixture.groupId("Media"), Stage.ARRIVAL)).orElseThrow();
        assertThat(stored.tests()).isEqualTo(2416);
        AuditEntry update = app.fixture.database().audit().find(AuditFilter.all().withAction(AuditAction.UPDATE)).getFirst();
        assertThat(update.oldValue()).contains("2415");
        assertThat(update.newValue()).contains("2416");
    }

    @Test
    void anInvalidEditIsRefusedWithItsMessageAndTheCellShowsTheStoredValue(FxRobot robot) {
        withRows(robot);
        robot.doubleClickOn(cell(robot, "dataColumnPositives", "39"));
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write("-1").type(KeyCode.ENTER);

        app.fixture.awaitBackgroundWork();
        assertThat(robot.lookup("#dataMessage").queryLabeled().getText()).contains("cannot be negative");
        assertThat(cell(robot, "dataColumnPositives", "39")).isNotNull();
        assertThat(app.fixture.database().audit().find(AuditFilter.all().withAction(AuditAction.UPDATE))).isEmpty();
    }

    @Test
    void filtersNarrowTheTable(FxRobot robot) {
        withRows(robot);
        robot.clickOn("#dataStage");
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell").match(node ->
                Stage.IN_LOOP.label().equals(((javafx.scene.control.ListCell<?>) node).getText())).queryAs(Node.class));
        waitUntil(() -> table(robot).getItems().size() == 1);
        assertThat(table(robot).getItems().getFirst().positivityText()).isEqualTo("no tests");
        assertThat(robot.lookup("#dataSummary").queryLabeled().getText()).isEqualTo("Showing 1 of 3 entries");

        robot.clickOn("#dataClearFilters");
        robot.clickOn("#dataFrom").write(TODAY.toString()).type(KeyCode.ENTER);
        waitUntil(() -> table(robot).getItems().size() == 2);
        robot.interact(() -> ScreenSnapshot.write(app.scene, "data-filtered"));
    }

    @Test
    void deleteAsksForConfirmationAndRemovesTheRow(FxRobot robot) {
        withRows(robot);
        robot.clickOn(cell(robot, "dataColumnTests", "171"));
        robot.clickOn("#dataDelete");
        waitUntil(() -> robot.lookup("#confirmDialogText").tryQuery().isPresent());
        assertThat(robot.lookup("#confirmDialogText").queryLabeled().getText()).contains("Athletes");
        robot.clickOn("#dialogConfirm");

        waitUntil(() -> table(robot).getItems().size() == 2);
        assertThat(app.fixture.database().results().count()).isEqualTo(2);
        assertThat(app.fixture.database().audit().find(AuditFilter.all().withAction(AuditAction.DELETE))).hasSize(1);
    }

    @Test
    void severalSelectedRowsCopyWithCtrlCAndStayReadableWhenTheTableLosesFocus(FxRobot robot) throws Exception {
        withRows(robot);
        TableView<DataRow> table = table(robot);
        UiTestDatabase.onFx(() -> {
            table.requestFocus();
            table.getSelectionModel().selectAll();
        });
        robot.press(javafx.scene.input.KeyCode.CONTROL).press(javafx.scene.input.KeyCode.C)
                .release(javafx.scene.input.KeyCode.C).release(javafx.scene.input.KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        String copied = WaitForAsyncUtils.asyncFx(() -> javafx.scene.input.Clipboard.getSystemClipboard().getString()).get();
        assertThat(copied.lines()).hasSize(4).first().isEqualTo("date\tgroup\tstage\ttests\tpositives\tnote");
        assertThat(copied).contains("\tMedia\tarrival\t2415\t39\t");

        robot.clickOn("#dataClearFilters"); // focus leaves the table; the rows stay selected
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.TableRow<?> selectedRow = robot.lookup("#dataTable .table-row-cell")
                .match(node -> node instanceof javafx.scene.control.TableRow<?> r && r.isSelected() && r.getItem() != null)
                .query();
        javafx.scene.paint.Color background = (javafx.scene.paint.Color) selectedRow.getBackground().getFills().getLast().getFill();
        javafx.scene.control.Labeled text = robot.from(selectedRow).lookup(".table-cell")
                .match(node -> node instanceof javafx.scene.control.TableCell<?, ?> c && c.getText() != null && !c.getText().isBlank())
                .query();
        javafx.scene.paint.Color foreground = (javafx.scene.paint.Color) text.getTextFill();
        assertThat(contrast(foreground, background)).as(foreground + " on " + background).isGreaterThanOrEqualTo(4.5);
        javafx.scene.control.Label group = robot.from(selectedRow).lookup(".group-label").queryAs(javafx.scene.control.Label.class);
        javafx.scene.paint.Color groupText = (javafx.scene.paint.Color) group.getTextFill();
        assertThat(contrast(groupText, background)).as("group name " + groupText + " on " + background)
                .isGreaterThanOrEqualTo(4.5);
    }

    /* WCAG 2.1 contrast ratio. */
    private static double contrast(javafx.scene.paint.Color a, javafx.scene.paint.Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(javafx.scene.paint.Color c) {
        return 0.2126 * channel(c.getRed()) + 0.7152 * channel(c.getGreen()) + 0.0722 * channel(c.getBlue());
    }

    private static double channel(double v) {
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
}
