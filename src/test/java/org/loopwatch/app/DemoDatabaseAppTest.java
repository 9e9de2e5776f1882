package org.loopwatch.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.loopwatch.app.AppUnderTest.DATABASE;
import static org.loopwatch.app.AppUnderTest.ROWS;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.loopwatch.io.DemoDataSet;
import org.loopwatch.store.Database;
import org.loopwatch.store.OpenMode;
import org.loopwatch.ui.ScreenSnapshot;
import org.testfx.util.WaitForAsyncUtils;

/** File → Open demo database, as a person would use it: a separate file, clearly labelled, and a way back. */
@Tag("gui")
class DemoDatabaseAppTest {

    @TempDir
    Path folder;

    @RegisterExtension
    final AppUnderTest app = new AppUnderTest();

    @Test
    void theDemoOpensInItsOwnFileLabelledIllustrativeAndTheMenuLeadsBack() throws Exception {
        Path own = folder.resolve("loopwatch.db");
        app.start(own);
        app.waitUntil(() -> app.status(DATABASE).contains(own.toString()));

        app.clickOn("#menuFile").clickOn("Open demo database…");
        app.waitUntil(() -> app.isShown("#confirmDialogText"));
        assertThat(app.text("#confirmDialogText")).contains("illustrative");
        app.type(KeyCode.ENTER); // the dialog's default button, "Open demo"
        app.waitUntil(() -> app.status(DATABASE).contains(DemoDataSet.FILE_NAME));
        WaitForAsyncUtils.waitForFxEvents();

        Label notice = app.lookup("#shellNotice").queryAs(Label.class);
        assertThat(notice.isVisible()).isTrue();
        assertThat(notice.getText()).contains(DemoDataSet.EVENT_NAME, "illustrative");
        assertThat(app.status(ROWS)).isEqualTo("192 entries");
        assertThat(Files.exists(folder.resolve(DemoDataSet.FILE_NAME))).isTrue();
        ScreenSnapshot.write(notice.getScene().getRoot(), "demo-database");

        app.clickOn("#menuFile").clickOn("Open my database");
        app.waitUntil(() -> app.status(DATABASE).contains(own.toString()));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(app.lookup("#shellNotice").queryAs(Label.class).isVisible()).isFalse();
        assertThat(app.status(ROWS)).isEqualTo("0 entries");
        app.stop();
        try (Database database = Database.open(own, OpenMode.MUST_EXIST)) {
            assertThat(database.results().count()).isZero();
        }
    }
}
