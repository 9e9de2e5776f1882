package org.loopwatch.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.loopwatch.domain.DailyResult;
import org.loopwatch.domain.Stage;
import org.loopwatch.store.Database;
import org.loopwatch.store.OpenMode;

/** Export writes the import format: exporting, importing into a new database and exporting again changes nothing. */
class CsvRoundTripTest {

    @TempDir
    Path folder;

    @Test
    void exportImportIntoANewDatabaseAndExportAgainGivesTheIdenticalFile() throws Exception {
        Path first = folder.resolve("first.csv");
        Path second = folder.resolve("second.csv");
        try (Database original = open("original.db")) {
            long media = original.groups().findByName("Media").orElseThrow().id();
            long later = original.groups().add("=Zeta volunteers").id();
            long earlier = original.groups().add("-Alpha crew").id();
            original.results().insert(new DailyResult(LocalDate.of(2022, 1, 5), later, Stage.ARRIVAL, 3, 1, "@later"));
            original.results().insert(new DailyResult(LocalDate.of(2022, 1, 6), earlier, Stage.IN_LOOP, 9, 0,
                    "line one, with a comma\nline \"two\""));
            original.results().insert(new DailyResult(LocalDate.of(2022, 1, 6), later, Stage.ARRIVAL, 4, 0, "'=kept as typed"));
            original.results().insert(new DailyResult(LocalDate.of(2022, 1, 6), media, Stage.ARRIVAL, 1_234_567, 12, "+1 more"));
            assertThat(CsvExporter.export(original, Optional.empty(), Optional.empty(), first)).isEqualTo(4);
        }
        try (Database copy = open("copy.db")) {
            new CsvImporter(copy, CsvImporterTest.MARCH_1).importFile(first, new ImportOptions(false, true), ImportMonitor.NONE);
            CsvExporter.export(copy, Optional.empty(), Optional.empty(), second);
            assertThat(copy.results().findAll()).extracting(DailyResult::note)
                    .contains("@later", "'=kept as typed", "+1 more", "line one, with a comma\nline \"two\"");
        }

        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
    }

    @Test
    void cellsASpreadsheetWouldRunAsAFormulaAreNeutralised() throws Exception {
        Path out = folder.resolve("out.csv");
        try (Database database = open("db.db")) {
            long group = database.groups().add("=HYPERLINK(\"http://x\")").id();
            database.results().insert(new DailyResult(LocalDate.of(2022, 1, 5), group, Stage.ARRIVAL, 3, 1, "-2+3"));
            CsvExporter.export(database, Optional.empty(), Optional.empty(), out);
        }

        assertThat(Files.readString(out, StandardCharsets.UTF_8)).isEqualTo(
                "date,group,stage,tests,positives,note\r\n"
                        + "2022-01-05,\"'=HYPERLINK(\"\"http://x\"\")\",arrival,3,1,'-2+3\r\n");
    }

    @Test
    void exportKeepsOnlyTheChosenPeriod() throws Exception {
        Path out = folder.resolve("period.csv");
        try (Database database = open("db.db")) {
            long media = database.groups().findByName("Media").orElseThrow().id();
            for (int day = 1; day <= 5; day++) {
                database.results().insert(new DailyResult(LocalDate.of(2022, 1, day), media, Stage.ARRIVAL, day, 0, ""));
            }
            assertThat(CsvExporter.export(database, Optional.of(LocalDate.of(2022, 1, 2)),
                    Optional.of(LocalDate.of(2022, 1, 3)), out)).isEqualTo(2);
        }

        assertThat(Files.readAllLines(out)).containsExactly("date,group,stage,tests,positives,note",
                "2022-01-02,Media,arrival,2,0,", "2022-01-03,Media,arrival,3,0,");
    }

    private Database open(String name) {
        return Database.open(folder.resolve(name), OpenMode.CREATE_IF_MISSING, CsvImporterTest.MARCH_1);
    }
}
