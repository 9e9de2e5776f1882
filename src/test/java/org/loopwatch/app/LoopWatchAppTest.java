package org.loopwatch.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.loopwatch.app.AppUnderTest.DATABASE;
import static org.loopwatch.app.AppUnderTest.LAST_SAVE;
import static org.loopwatch.app.AppUnderTest.ROWS;
import static org.loopwatch.app.AppUnderTest.sha256;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The whole desktop app, started as a person would start it, on a real database file. */
@Tag("gui")
class LoopWatchAppTest {

    @TempDir
    Path folder;

    @RegisterExtension
    final AppUnderTest app = new AppUnderTest();

    @Test
    void firstStartCreatesTheDatabaseAndNamesItInTheStatusBar() throws Exception {
        Path file = folder.resolve("new").resolve("loopwatch.db");

        app.start(file);

        app.waitUntil(() -> app.status(DATABASE).contains(file.toAbsolutePath().toString()));
        assertThat(Files.exists(file)).isTrue();
        assertThat(app.status(ROWS)).isEqualTo("0 entries");
        assertThat(app.status(LAST_SAVE)).isEqualTo("No changes yet");
        assertThat(app.lookup("#navDashboard").tryQuery()).isPresent();
    }

    @Test
    void aFileThatIsNotADatabaseIsReportedAndLeftUntouched() throws Exception {
        Path file = folder.resolve("notes.db");
        Files.writeString(file, "These are my meeting notes, not a database.\n");
        String before = sha256(file);

        app.start(file);

        app.waitUntil(() -> app.isShown("#errorDialogText"));
        String message = app.text("#errorDialogText");
        assertThat(message).contains(file.toAbsolutePath().toString()).contains("not");
        // What to do is done in the window (File menu), not by restarting with --db PATH (issue 15).
        assertThat(message).contains("File → Open database…").doesNotContain("--db");
        assertThat(app.status(DATABASE)).startsWith("Database not open");
        assertThat(sha256(file)).isEqualTo(before);
    }
}
