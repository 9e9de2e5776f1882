package org.loopwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.loopwatch.ui.audit.AuditRow;
import org.testfx.util.WaitForAsyncUtils;

/** The whole app: a group added in Settings shows up in the Audit log, which was open already. */
@Tag("gui")
class SettingsAndAuditInAppTest {

    @TempDir
    Path folder;

    @RegisterExtension
    final AppUnderTest app = new AppUnderTest();

    @Test
    void aGroupAddedInSettingsAppearsInTheAuditLogWithoutARestart() throws Exception {
        app.start(folder.resolve("loopwatch.db"));
        app.clickOn("#navAudit");
        app.waitUntil(() -> app.isShown("#auditTable"));

        app.clickOn("#navSettings");
        app.waitUntil(() -> app.isShown("#groupName"));
        app.clickOn("#groupName").write("Broadcasters").type(KeyCode.ENTER);
        app.clickOn("#navAudit");

        TableView<AuditRow> table = auditTable();
        app.waitUntil(() -> table.getItems().size() == 1);
        AuditRow row = WaitForAsyncUtils.asyncFx(() -> table.getItems().getFirst()).get();
        assertThat(row.action()).isEqualTo("Added");
        assertThat(row.what()).isEqualTo("Group Broadcasters");
        assertThat(row.after()).startsWith("Broadcasters, position 5");
    }

    @SuppressWarnings("unchecked")
    private TableView<AuditRow> auditTable() {
        return app.lookup("#auditTable").queryAs(TableView.class);
    }
}
