package org.loopwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.loopwatch.io.DemoDataSet;
import org.loopwatch.store.Database;
import org.loopwatch.store.OpenMode;
import org.loopwatch.ui.ScreenSnapshot;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** File → Open demo database, as a person would use it: a separate file, clearly labelled, and a way back. */
class DemoDatabaseAppTest {

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
    void theDemoOpensInItsOwnFileLabelledIllustrativeAndTheMenuLeadsBack() throws Exception {
        Path own = folder.resolve("loopwatch.db");
        app = FxToolkit.setupApplication(LoopWatchApp.class, "--db", own.toString());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> statusText().contains(own.toString()));

        robot.clickOn("#menuFile").clickOn("Open demo database…");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#confirmDialogText").tryQuery().isPresent());
        assertThat(robot.lookup("#confirmDialogText").queryAs(Label.class).getText()).contains("illustrative");
        robot.type(KeyCode.ENTER); // the dialog's default button, "Open demo"
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> statusText().contains(DemoDataSet.FILE_NAME));
        WaitForAsyncUtils.waitForFxEvents();

        Label notice = robot.lookup("#shellNotice").queryAs(Label.class);
        assertThat(notice.isVisible()).isTrue();
        assertThat(notice.getText()).contains(DemoDataSet.EVENT_NAME, "illustrative");
        assertThat(robot.lookup(".status-rows").queryAs(Label.class).getText()).isEqualTo("192 entries");
        assertThat(Files.exists(folder.resolve(DemoDataSet.FILE_NAME))).isTrue();
        ScreenSnapshot.write(notice.getScene().getRoot(), "demo-database");

        robot.clickOn("#menuFile").clickOn("Open my database");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> statusText().contains(own.toString()));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#shellNotice").queryAs(Label.class).isVisible()).isFalse();
        assertThat(robot.lookup(".status-rows").queryAs(Label.class).getText()).isEqualTo("0 entries");
        FxToolkit.cleanupApplication(app);
        app = null;
        try (Database database = Database.open(own, OpenMode.MUST_EXIST)) {
            assertThat(database.results().count()).isZero();
        }
    }

    private String statusText() {
        return robot.lookup("#statusBar .status-database").tryQuery().map(node -> ((Label) node).getText()).orElse("");
    }
}
