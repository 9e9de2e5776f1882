package org.loopwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.loopwatch.domain.DailyResult;
import org.loopwatch.store.Database;
import org.loopwatch.store.OpenMode;

/**
 * The installed app's desktop training run (decision 0074), as {@code installer/build-linux.sh}
 * starts it: the real app in its own JVM on {@link DesktopTraining}'s database with
 * {@code -Dloopwatch.probe=train-saves} makes {@link SaveTraining#SAVES} saves through the entry
 * form, says it is ready and ends; on a database with no free days it says why and saves nothing.
 */
@Tag("process")
class SaveTrainingProcessTest {

    @TempDir
    Path folder;

    @Test
    void theTrainingDatabaseEndsThreeDaysBeforeTodayWithEightGroupsAndBothStages() throws Exception {
        LocalDate today = LocalDate.now();
        Path file = folder.resolve("training.db");

        assertThat(DesktopTraining.write(file, today)).isZero();

        try (Database database = Database.open(file, OpenMode.MUST_EXIST)) {
            assertThat(database.results().dateRange().orElseThrow().last()).isEqualTo(today.minusDays(3));
            assertThat(database.groups().findActive()).extracting(group -> group.name())
                    .containsAll(DesktopTraining.GROUPS).hasSize(8);
            assertThat(database.rowCounts()).containsEntry("daily_results", (long) DesktopTraining.DAYS * 16)
                    .containsEntry("audit_log", (long) DesktopTraining.DAYS * 16 + 4); // and the four new groups'
        }
    }

    @Test
    void theTrainingRunFillsTheFreeDaysCellsThroughTheFormThenSaysReadyAndEnds() throws Exception {
        LocalDate today = LocalDate.now();
        Path file = folder.resolve("training.db");
        assertThat(DesktopTraining.write(file, today)).isZero();

        String said = runTraining(file);

        assertThat(said).isEqualTo(StartupProbe.READY);
        try (Database database = Database.open(file, OpenMode.MUST_EXIST)) {
            List<DailyResult> saved = database.results().findBetween(today.minusDays(2), today);
            // 16 cells a day (8 groups × 2 stages): two whole days, then 8 cells of today.
            assertThat(saved).hasSize(SaveTraining.SAVES);
            assertThat(saved).filteredOn(row -> row.date().equals(today)).hasSize(SaveTraining.SAVES - 32);
            assertThat(database.rowCounts()).containsEntry("daily_results", (long) DesktopTraining.DAYS * 16 + SaveTraining.SAVES);
        }
    }

    @Test
    void aTrainingDatabaseWithoutFreeDaysFailsTheRunAndSavesNothing() throws Exception {
        Path file = folder.resolve("full.db");
        // Written as if three days from now: its last day is today, no day left to fill in.
        assertThat(DesktopTraining.write(file, LocalDate.now().plusDays(3))).isZero();

        String said = runTraining(file);

        assertThat(said).startsWith(StartupProbe.TRAINING_FAILED)
                .contains("must end at least 3 days before today");
        try (Database database = Database.open(file, OpenMode.MUST_EXIST)) {
            assertThat(database.rowCounts()).containsEntry("daily_results", (long) DesktopTraining.DAYS * 16);
        }
    }

    /* Starts the training run and returns its verdict line (ready or failed) once the process has ended by itself. */
    private String runTraining(Path file) throws Exception {
        try (DesktopProcess app = DesktopProcess.start(List.of("--db", file.toString()), folder.resolve("app"),
                Map.of("XDG_STATE_HOME", folder.resolve("state").toString()), List.of("-Dloopwatch.probe=train-saves"))) {
            String line = app.awaitLine();
            while (!line.equals(StartupProbe.READY) && !line.startsWith(StartupProbe.TRAINING_FAILED)) {
                line = app.awaitLine();
            }
            assertThat(app.awaitExit()).as("the training run ends by itself").isZero();
            return line;
        }
    }
}
