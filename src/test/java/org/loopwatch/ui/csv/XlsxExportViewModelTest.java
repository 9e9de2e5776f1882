package org.loopwatch.ui.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.loopwatch.domain.DailyResult;
import org.loopwatch.domain.Stage;
import org.loopwatch.io.CsvImporter;
import org.loopwatch.io.ImportMonitor;
import org.loopwatch.io.ImportOptions;
import org.loopwatch.io.ImportPlan;
import org.loopwatch.ui.results.ScriptedDialogs;
import org.loopwatch.ui.UiTestDatabase;

/** File → Export Excel workbook… without a robot: the workbook written holds the entries, which import back. */
class XlsxExportViewModelTest {

    @TempDir
    Path folder;

    @RegisterExtension
    final UiTestDatabase fixture = UiTestDatabase.forEachTest(UiTestDatabase.CLOCK, ScriptedDialogs.failingOnErrors());

    @Test
    void exportingWritesAWorkbookOfTheEntriesAndSaysSo() throws Exception {
        long media = fixture.database().groups().findByName("Media").orElseThrow().id();
        fixture.database().results().insert(new DailyResult(LocalDate.of(2022, 1, 5), media, Stage.IN_LOOP, 300, 1, "bus 4"));
        FakeCsvDialogs dialogs = new FakeCsvDialogs();
        dialogs.file = folder.resolve("results.xlsx");

        new XlsxExportViewModel(fixture.services(), dialogs).chooseAndExport();

        assertThat(dialogs.infos).singleElement().asString().startsWith("Wrote 1 entry, the summary and the charts' data to");
        ImportPlan back = new CsvImporter(fixture.database(), UiTestDatabase.CLOCK)
                .check(dialogs.file, ImportOptions.STRICT, ImportMonitor.NONE);
        assertThat(back.identical()).as("the workbook's row is the stored one, note and all").isEqualTo(1);
    }
}
