package org.loopwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.loopwatch.domain.DailyResult;
import org.loopwatch.domain.Stage;
import org.loopwatch.store.Database;
import org.loopwatch.store.ImportProgress;
import org.loopwatch.store.PostgresTestServer;
import org.loopwatch.store.TeamDatabaseUrl;
import org.loopwatch.ui.ComboBoxes;
import org.loopwatch.ui.csv.CsvDialogs;
import org.loopwatch.ui.csv.FxCsvDialogs;
import org.loopwatch.ui.audit.AuditRow;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The single-seat features that change or weigh what is stored, done through the desktop app on a
 * team database of a real PostgreSQL server (issue 17: "every feature of the single-seat app works
 * on it"): a save, closing the day, undoing the save on the closed day with a reason, File → Import
 * CSV… (file chooser and preview answered by script), a group added in Settings, a comparison of two
 * groups over seeded and imported days, and the audit log naming user and desk for each change.
 */
@Tag("team")
@Tag("gui")
class TeamEveryFeatureAppTest {

    private static final String WHY = "Typed into the wrong group";

    @TempDir
    Path folder;

    @RegisterExtension
    final AppUnderTest app = new AppUnderTest();

    private PostgresTestServer server;
    private TeamDatabaseUrl url;

    @BeforeEach
    void aTeamDatabaseWithAFortnightOfTwoGroups() {
        server = PostgresTestServer.shared();
        url = server.newDatabase("features");
        try (Database seed = Database.teamInit(url, PostgresTestServer.superuserPassword(), Clock.systemUTC())) {
            long athletes = seed.groups().findByName("Athletes").orElseThrow().id();
            long media = seed.groups().findByName("Media").orElseThrow().id();
            LocalDate yesterday = LocalDate.now().minusDays(1);
            seed.results().importAll(List.of(
                    new DailyResult(yesterday, athletes, Stage.IN_LOOP, 175, 0, ""),
                    new DailyResult(yesterday, media, Stage.IN_LOOP, 1_000, 12, "")), false, "seed", ImportProgress.NONE);
        }
    }

    @AfterEach
    void closeTheApp() throws Exception {
        app.stop();
    }

    @Test
    void aDayIsClosedASaveOnItUndoneWithAReasonTwoGroupsComparedAndTheAuditNamesUserAndDesk() throws Exception {
        Path csv = Files.writeString(folder.resolve("hotels.csv"), "date,group,stage,tests,positives,note\n"
                + LocalDate.now().minusDays(2) + ",Media,in_loop,500,2,\n"
                + LocalDate.now().minusDays(2) + ",Athletes,in_loop,80,0,\n", StandardCharsets.UTF_8);
        ImportingApp.file = csv;
        app.openTeamDatabase(ImportingApp.class, url, PostgresTestServer.PASSWORD);

        app.clickOn("#navEntry");
        app.waitUntil(() -> app.text("#entryStatus").isEmpty() && app.isShown("#cell-athletes-arrival"));
        type("2415", "39");
        app.clickOn("#entrySave");
        app.waitUntil(() -> app.text("#entryStatus").startsWith("Saved"));

        app.clickOn("#entryCloseDay");
        answerConfirm();
        app.waitUntil(() -> app.text("#entryStatus").endsWith("is closed; changes now need a reason."));
        // The day's state is read again after the change: the button follows a moment later.
        app.waitUntil(() -> app.text("#entryCloseDay").equals("Reopen day…"));

        app.clickOn("#entryUndo");
        app.waitUntil(() -> app.isShown("#reasonDialogText"));
        assertThat(app.text("#reasonDialogText")).contains("39 positives in 2,415 tests");
        app.interact(() -> app.lookup("#dialogReason").queryAs(TextField.class).setText(WHY));
        app.interact(() -> app.lookup("#dialogConfirm").queryAs(Button.class).fire());
        app.waitUntil(() -> app.text("#entryStatus").startsWith("Undone: "));
        assertThat(app.text("#entryStatus")).endsWith("is missing again.");

        app.clickOn("#menuFile").clickOn("#menuImportCsv");
        app.waitUntil(() -> app.text("#importStatus").startsWith("Imported 2 rows"));
        app.interact(() -> app.lookup("#importClose").queryAs(Button.class).fire());

        app.clickOn("#navSettings");
        app.waitUntil(() -> app.isShown("#groupName"));
        app.clickOn("#groupName").write("Broadcasters").type(KeyCode.ENTER);

        app.clickOn("#navCompare");
        app.waitUntil(() -> !app.text("#compareReading").isEmpty());
        ComboBoxes.choose(app, "#compareA", "Media");
        ComboBoxes.choose(app, "#compareB", "Athletes");
        // The period runs over every stored day: the seed's and the imported file's.
        app.waitUntil(() -> app.text("#compareCountsA").equals("14 / 1,500") && app.text("#compareCountsB").equals("0 / 255"));
        assertThat(app.text("#compareReading")).contains("Media").contains("(14 / 1,500)").contains("Athletes 0 %");

        app.clickOn("#navAudit");
        TableView<AuditRow> table = auditTable();
        // The save, the closing, the undo and the group: the seed's import is there too.
        app.waitUntil(() -> actions(table).containsAll(List.of("Added", "Day closed", "Deleted")));
        List<AuditRow> rows = WaitForAsyncUtils.asyncFx(() -> List.copyOf(table.getItems())).get();
        List<AuditRow> mine = rows.stream().filter(row -> !row.reason().contains("seed")).toList();
        assertThat(mine).extracting(AuditRow::what).anySatisfy(what -> assertThat(what).isEqualTo("Group Broadcasters"));
        assertThat(mine).filteredOn(row -> row.action().equals("Deleted")).singleElement()
                .satisfies(undo -> assertThat(undo.reason()).contains(WHY));
        assertThat(mine).extracting(AuditRow::action).contains("Imported");
        assertThat(mine).hasSizeGreaterThanOrEqualTo(6).allSatisfy(row -> {
            assertThat(row.user()).isEqualTo(PostgresTestServer.SUPERUSER);
            assertThat(row.desk()).isNotBlank();
        });

        try (Database check = Database.connect(url, PostgresTestServer.superuserPassword(), Clock.systemUTC())) {
            assertThat(check.days().isClosed(LocalDate.now())).isTrue();
            assertThat(check.results().findAll()).hasSize(4);
            assertThat(check.groups().findByName("Broadcasters")).isPresent();
        }
    }

    /** The real app, except that the import's file chooser answers {@link #file} and its preview is accepted. */
    public static final class ImportingApp extends LoopWatchApp {
        static volatile Path file;

        @Override
        CsvDialogs csvDialogs(Window owner) {
            return new ImportFileAnswered(new FxCsvDialogs(owner), () -> file, true);
        }
    }

    private void type(String tests, String positives) {
        app.clickOn("#entryTests").write(tests);
        app.clickOn("#entryPositives").write(positives);
    }

    private void answerConfirm() throws Exception {
        app.waitUntil(() -> app.isShown("#confirmDialogText"));
        WaitForAsyncUtils.waitForFxEvents();
        app.interact(() -> app.lookup("#dialogConfirm").queryAs(Button.class).fire());
    }

    private static List<String> actions(TableView<AuditRow> table) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> table.getItems().stream().map(AuditRow::action).toList()).get();
    }

    @SuppressWarnings("unchecked")
    private TableView<AuditRow> auditTable() throws Exception {
        app.waitUntil(() -> app.isShown("#auditTable"));
        return app.lookup("#auditTable").queryAs(TableView.class);
    }
}
