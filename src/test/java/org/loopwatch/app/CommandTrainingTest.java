package org.loopwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.loopwatch.store.Database;
import org.loopwatch.store.OpenMode;

/** The command-line cache's training run (decision 0031) runs every command it names, and they succeed. */
class CommandTrainingTest {

    @TempDir
    Path folder;

    @Test
    @Tag("slow")
    void everyTrainingCommandSucceedsAndWritesItsFiles() throws IOException {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        int failures = CommandTraining.train(folder, new PrintStream(printed, true, StandardCharsets.UTF_8));

        assertThat(failures).isZero();
        assertThat(folder.resolve("briefing.pdf")).isNotEmptyFile();
        assertThat(Files.readAllLines(folder.resolve("export.csv"))).hasSize(
                CommandTraining.DAYS * CommandTraining.GROUPS.size() * 2 + 1);
        try (Database database = Database.open(folder.resolve("training.db"), OpenMode.MUST_EXIST)) {
            // Every imported row has its audit row, and so has the group the import added.
            long rows = (long) CommandTraining.DAYS * CommandTraining.GROUPS.size() * 2;
            assertThat(database.rowCounts()).containsEntry("daily_results", rows).containsEntry("audit_log", rows + 1)
                    .containsEntry("groups", 5L);
        }
    }

    @Test
    void theTrainingFileHasARowPerDayGroupAndStage() {
        String csv = CommandTraining.csv();

        assertThat(csv.lines()).hasSize(CommandTraining.DAYS * CommandTraining.GROUPS.size() * 2 + 1);
        assertThat(csv).startsWith("date,group,stage,tests,positives,note\n2018-01-01,Athletes,arrival,");
    }
}
