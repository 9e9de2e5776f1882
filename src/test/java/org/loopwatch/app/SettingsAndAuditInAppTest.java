package org.loopwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.loopwatch.ui.audit.AuditRow;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The whole app: a group added in Settings shows up in the Audit log, which was open already. */
class SettingsAndAuditInAppTest {

    @TempDir
    Path folder;

    private final FxRobot robot = new FxRobot();
    private Application app;

    @BeforeAll
    static void registerStage() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void closeApp() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
    }

    @Test
    void aGroupAddedInSettingsAppearsInTheAuditLogWithoutARestart() throws Exception {
        app = FxToolkit.setupApplication(LoopWatchApp.class, "--db", folder.resolve("loopwatch.db").toString());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#navAudit").tryQuery().isPresent()
                && robot.lookup(".status-database").tryQuery().isPresent());
        robot.clickOn("#navAudit");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#auditTable").tryQuery().isPresent());

        robot.clickOn("#navSettings");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#groupName").tryQuery().isPresent());
        robot.clickOn("#groupName").write("Broadcasters").type(KeyCode.ENTER);
        robot.clickOn("#navAudit");

        TableView<AuditRow> table = auditTable();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
        AuditRow row = WaitForAsyncUtils.asyncFx(() -> table.getItems().getFirst()).get();
        assertThat(row.action()).isEqualTo("Added");
        assertThat(row.what()).isEqualTo("Group Broadcasters");
        assertThat(row.after()).startsWith("Broadcasters, position 5");
    }

    @SuppressWarnings("unchecked")
    private TableView<AuditRow> auditTable() {
        return robot.lookup("#auditTable").queryAs(TableView.class);
    }
}
