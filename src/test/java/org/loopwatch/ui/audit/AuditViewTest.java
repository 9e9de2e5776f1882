package org.loopwatch.ui.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.loopwatch.ui.UiTestDatabase.onFx;
import static org.loopwatch.ui.UiTestDatabase.waitUntil;

import java.nio.file.Path;
import java.time.LocalDate;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.loopwatch.domain.DailyResult;
import org.loopwatch.ui.UiTestDatabase;
import org.loopwatch.ui.Screen;
import org.loopwatch.ui.ScreenSnapshot;
import org.loopwatch.ui.ShellWithScreens;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The audit log screen driven by its ids, on a real database with a few changes. */
@ExtendWith(ApplicationExtension.class)
@Tag("gui")
class AuditViewTest {

    private static final LocalDate JAN_4 = LocalDate.of(2022, 1, 4);
    private static final LocalDate JAN_5 = LocalDate.of(2022, 1, 5);

    @TempDir
    Path folder;

    private UiTestDatabase fixture;

    @Start
    void start(Stage stage) throws Exception {
        fixture = UiTestDatabase.createIn(folder);
        var database = fixture.database();
        long athletes = database.groups().findByName("Athletes").orElseThrow().id();
        long staff = database.groups().findByName("Operating staff").orElseThrow().id();
        database.results().insert(new DailyResult(JAN_4, athletes, org.loopwatch.domain.Stage.ARRIVAL, 171, 0, ""));
        database.results().insert(new DailyResult(JAN_4, staff, org.loopwatch.domain.Stage.ARRIVAL, 2415, 39, ""));
        database.results().insert(new DailyResult(JAN_5, staff, org.loopwatch.domain.Stage.IN_LOOP, 336246, 33, ""));
        database.days().close(JAN_4, "");
        database.results().replace(new DailyResult(JAN_4, staff, org.loopwatch.domain.Stage.ARRIVAL, 2415, 40,
                "late positive"), "lab sent a correction");
        database.groups().rename(database.groups().findByName("Media").orElseThrow().id(), "Media & broadcasters");
        ShellWithScreens.show(stage, screen -> screen == Screen.AUDIT
                ? new AuditView(new AuditViewModel(fixture.services())) : null, Screen.AUDIT);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void aCorrectionMadeThroughTheStoreIsListedWithBeforeAfterAndReason(FxRobot robot) {
        TableView<AuditRow> table = table(robot);
        waitUntil(() -> table.getItems().size() == 6);

        AuditRow correction = onFx(() -> table.getItems().stream().filter(row -> row.action().equals("Changed")
                && row.what().startsWith("4 Jan 2022")).findFirst().orElseThrow());
        assertThat(correction.what()).isEqualTo("4 Jan 2022 \u00b7 Operating staff \u00b7 arrival");
        assertThat(correction.before()).isEqualTo("tests 2,415, positives 39");
        assertThat(correction.after()).isEqualTo("tests 2,415, positives 40, note \u201clate positive\u201d");
        assertThat(correction.reason()).isEqualTo("lab sent a correction");
        AuditRow rename = onFx(() -> table.getItems().getFirst());
        assertThat(rename.what()).isEqualTo("Group Media & broadcasters");
        assertThat(rename.before()).isEqualTo("Media");
        assertThat(rename.after()).isEqualTo("Media & broadcasters");
        assertThat(robot.lookup("#auditStatus").queryAs(Label.class).getText()).isEqualTo("6 changes.");
        onFx(() -> ScreenSnapshot.write(table.getScene(), "audit-log"));
    }

    @Test
    void theTimeColumnNamesItsZoneASelectedRowShowsInFullAndNoColumnIsCut(FxRobot robot) {
        TableView<AuditRow> table = table(robot);
        waitUntil(() -> table.getItems().size() == 6);

        assertThat(onFx(() -> table.getColumns().getFirst().getText())).isEqualTo("Time (UTC)");
        robot.clickOn(robot.lookup("#auditTable .table-row-cell").nth(1).queryAs(javafx.scene.Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        String detail = robot.lookup("#auditDetail").queryAs(javafx.scene.control.TextArea.class).getText();
        assertThat(detail).contains("When: ").contains("(UTC); stored as 20").contains("Who: ").contains("Change: ");
        // Every cell's text fits its column (no "…"): the columns are as wide as their content.
        java.util.List<String> cut = onFx(() -> robot.lookup("#auditTable .table-cell").queryAllAs(javafx.scene.control.Labeled.class)
                .stream().filter(cell -> cell.getText() != null && !cell.getText().isEmpty())
                .filter(cell -> cell.lookup(".text") instanceof javafx.scene.text.Text text && !text.getText().equals(cell.getText()))
                .map(javafx.scene.control.Labeled::getText).toList());
        assertThat(cut).isEmpty();
    }

    @Test
    void atTenTwentyFourWideTheChangeItselfIsInViewAndWhoMadeItFollows(FxRobot robot) {
        TableView<AuditRow> table = table(robot);
        waitUntil(() -> table.getItems().size() == 6);
        onFx(() -> {
            table.getScene().getWindow().setWidth(1024);
            table.getScene().getWindow().setHeight(700);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(onFx(() -> table.getColumns().stream().map(javafx.scene.control.TableColumn::getId).toList()))
                .containsExactly("auditColTime", "auditColAction", "auditColWhat", "auditColBefore", "auditColAfter",
                        "auditColReason", "auditColUser", "auditColDesk");
        // Where "After" starts, unscrolled: at least 100 px of it show beside what changed and from what.
        double afterStarts = onFx(() -> table.getColumns().stream().takeWhile(column -> !"auditColAfter".equals(column.getId()))
                .mapToDouble(javafx.scene.control.TableColumn::getWidth).sum());
        assertThat(afterStarts).isLessThan(onFx(table::getWidth) - 100);
    }

    @Test
    void choosingAnActionAndAGroupNarrowsTheList(FxRobot robot) {
        TableView<AuditRow> table = table(robot);
        waitUntil(() -> table.getItems().size() == 6);

        pick(robot, "#auditFilterAction", "Changed");
        waitUntil(() -> table.getItems().size() == 2);

        pick(robot, "#auditFilterGroup", "Operating staff");
        waitUntil(() -> table.getItems().size() == 1);
        assertThat(onFx(() -> table.getItems().getFirst().reason())).isEqualTo("lab sent a correction");

        robot.clickOn("#auditClearFilters");
        waitUntil(() -> table.getItems().size() == 6);
    }

    @Test
    void typedAffectedDaysNarrowTheListToThatDay(FxRobot robot) {
        TableView<AuditRow> table = table(robot);
        waitUntil(() -> table.getItems().size() == 6);

        robot.clickOn("#auditFrom").write("2022-01-05").type(KeyCode.ENTER);
        waitUntil(() -> table.getItems().size() == 1);
        assertThat(onFx(() -> table.getItems().getFirst().what())).startsWith("5 Jan 2022");
        assertThat(robot.lookup("#auditFrom").queryAs(javafx.scene.control.DatePicker.class).getEditor().getText())
                .isEqualTo("5 Jan 2022"); // typed ISO, shown in the one date style

        robot.clickOn("#auditTo").write("2022-01-04").type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#auditProblem").queryAs(Label.class).isVisible());
        assertThat(robot.lookup("#auditProblem").queryAs(Label.class).getText()).contains("is after");
    }

    @Test
    void ctrlCCopiesTheSelectedRowsAsText(FxRobot robot) {
        TableView<AuditRow> table = table(robot);
        waitUntil(() -> table.getItems().size() == 6);

        robot.clickOn(robot.lookup("#auditTable .table-row-cell").nth(0).queryAs(javafx.scene.Node.class));
        robot.press(KeyCode.SHIFT).type(KeyCode.DOWN).release(KeyCode.SHIFT);
        robot.press(KeyCode.CONTROL).type(KeyCode.C).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        String copied = onFx(() -> Clipboard.getSystemClipboard().getString());
        assertThat(copied.lines()).hasSize(3);
        assertThat(copied.lines().findFirst().orElseThrow()).startsWith("Time\tUser\tDesk\tAction\tWhat");
        assertThat(copied).contains("Group Media & broadcasters");
    }

    @SuppressWarnings("unchecked")
    private static TableView<AuditRow> table(FxRobot robot) {
        return robot.lookup("#auditTable").queryAs(TableView.class);
    }

    private static void pick(FxRobot robot, String comboId, String label) {
        ComboBox<?> combo = robot.lookup(comboId).queryAs(ComboBox.class);
        robot.clickOn(combo);
        robot.clickOn(robot.lookup(".list-cell").match(node -> label.equals(((javafx.scene.control.Labeled) node)
                .getText())).queryAs(javafx.scene.Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(combo.getValue().toString()).isEqualTo(label);
    }
}
