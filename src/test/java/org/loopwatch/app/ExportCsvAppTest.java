package org.loopwatch.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.loopwatch.app.AppUnderTest.DATABASE;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.stage.Window;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.loopwatch.domain.DailyResult;
import org.loopwatch.domain.Stage;
import org.loopwatch.store.Database;
import org.loopwatch.store.OpenMode;
import org.loopwatch.ui.csv.CsvDialogs;
import org.loopwatch.ui.csv.FxCsvDialogs;

/**
 * File → Export CSV… asks where to save (the file chooser, answered by script: Monocle has none)
 * and writes every entry there in the import format. Found in a walk: the chooser "did not open".
 */
@Tag("gui")
class ExportCsvAppTest {

    @TempDir
    Path folder;

    @RegisterExtension
    final AppUnderTest app = new AppUnderTest();

    @Test
    void fileExportCsvAsksWhereToSaveWritesEveryEntryAndSaysWhere() throws Exception {
        Path file = folder.resolve("desk.db");
        try (Database database = Database.open(file, OpenMode.CREATE_IF_MISSING)) {
            long athletes = database.groups().findByName("Athletes").orElseThrow().id();
            database.results().insert(new DailyResult(LocalDate.of(2022, 1, 4), athletes, Stage.ARRIVAL, 171, 0, ""));
            database.results().insert(new DailyResult(LocalDate.of(2022, 1, 4), athletes, Stage.IN_LOOP, 175, 0, ""));
        }
        Path out = folder.resolve("export.csv");
        ChoosingApp.answer = out;
        ChoosingApp.asked.clear();
        app.start(ChoosingApp.class, file);
        app.waitUntil(() -> app.status(DATABASE).contains(file.toString()));

        app.clickOn("#menuFile").clickOn("#menuExportCsv");

        app.waitUntil(() -> app.isShown("#infoDialogText"));
        assertThat(ChoosingApp.asked).containsExactly("loopwatch-results.csv");
        assertThat(Files.readAllLines(out)).containsExactly("date,group,stage,tests,positives,note",
                "2022-01-04,Athletes,arrival,171,0,", "2022-01-04,Athletes,in_loop,175,0,");
        assertThat(app.text("#infoDialogText")).contains("Wrote 2 entries to " + out);
    }

    /** The real dialogs, except that the save chooser answers with {@link #answer} and records the suggested name. */
    public static final class ChoosingApp extends LoopWatchApp {
        static volatile Path answer;
        static final List<String> asked = new CopyOnWriteArrayList<>();

        @Override
        CsvDialogs csvDialogs(Window owner) {
            FxCsvDialogs real = new FxCsvDialogs(owner);
            return new CsvDialogs() {
                @Override
                public Optional<Path> chooseFileToImport() {
                    return Optional.empty();
                }

                @Override
                public Optional<Path> chooseFileToExport(String suggestedName) {
                    asked.add(suggestedName);
                    return Optional.ofNullable(answer);
                }

                @Override
                public boolean confirm(String title, String question, String confirmLabel) {
                    return real.confirm(title, question, confirmLabel);
                }

                @Override
                public void showInfo(String title, String message) {
                    real.showInfo(title, message);
                }
            };
        }
    }
}
