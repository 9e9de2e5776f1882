package org.loopwatch.ui.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.loopwatch.domain.DailyResult;
import org.loopwatch.domain.Stage;
import org.loopwatch.io.ImportProblem;
import org.loopwatch.store.AuditFilter;
import org.loopwatch.store.Database;
import org.loopwatch.ui.DataChanges;
import org.loopwatch.ui.UiTestDatabase;
import org.loopwatch.ui.results.ScriptedDialogs;

/** The import view model without a robot or toolkit: questions, cancel, and what reaches the database. */
class CsvImportViewModelTest {

    @TempDir
    Path folder;

    @RegisterExtension
    final UiTestDatabase fixture = UiTestDatabase.forEachTest(UiTestDatabase.CLOCK, ScriptedDialogs.failingOnErrors());

    private Database database;
    private DataChanges changes;
    private CsvImportViewModel viewModel;
    private final FakeCsvDialogs dialogs = new FakeCsvDialogs();

    @BeforeEach
    void open() {
        database = fixture.database();
        changes = fixture.changes();
        viewModel = new CsvImportViewModel(fixture.services(), dialogs);
    }

    private Path csv(String text) throws Exception {
        Path file = folder.resolve("results.csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private void importAndExpect(Path file, ImportState end) {
        viewModel.importFile(file);
        assertThat(viewModel.stateProperty().get()).isEqualTo(end);
    }

    @Test
    void rowsThatExistAlreadyAreReplacedOnlyAfterThePersonAgrees() throws Exception {
        long media = database.groups().findByName("Media").orElseThrow().id();
        database.results().insert(new DailyResult(LocalDate.of(2022, 1, 5), media, Stage.ARRIVAL, 7, 0, ""));
        Path file = csv("date,group,stage,tests,positives\n2022-01-05,Media,arrival,9,1\n");

        dialogs.answer = false;
        importAndExpect(file, ImportState.FAILED);
        assertThat(viewModel.problems()).singleElement().extracting(p -> p.kind()).isEqualTo(
                org.loopwatch.io.ImportProblem.Kind.CONFLICT);
        assertThat(database.results().findAll().getFirst().tests()).isEqualTo(7);

        dialogs.answer = true;
        importAndExpect(file, ImportState.SUCCEEDED);
        assertThat(dialogs.questions).hasSize(3);
        assertThat(dialogs.questions.subList(0, 2)).allMatch(q -> q.startsWith("Replace existing entries?"));
        assertThat(dialogs.questions.get(2)).startsWith("Import results.csv?").contains("1 changed");
        assertThat(database.results().findAll().getFirst().tests()).isEqualTo(9);
        assertThat(changes.versionProperty().get()).isEqualTo(1);
    }

    @Test
    void unknownGroupsAreCreatedOnlyAfterThePersonAgrees() throws Exception {
        Path file = csv("date,group,stage,tests,positives\n2022-01-05,Drivers,arrival,9,1\n");

        importAndExpect(file, ImportState.SUCCEEDED);

        assertThat(dialogs.questions).hasSize(2).first().asString().contains("Drivers");
        assertThat(dialogs.questions.get(1)).startsWith("Import results.csv?").contains("1 new");
        assertThat(database.groups().findByName("Drivers")).isPresent();
        assertThat(viewModel.statusProperty().get()).contains("New groups: Drivers");
    }

    /** The walk of 7 December: "Atheletes" was offered as a new group with Create groups as the Enter default. */
    @Test
    void aMisspeltGroupIsNamedInTheQuestionAndEnterDoesNotCreateIt() throws Exception {
        Path file = csv("date,group,stage,tests,positives\n2022-01-05,Atheletes,arrival,9,1\n2022-01-05,Drivers,arrival,9,1\n");
        dialogs.answer = false; // Enter, or Cancel

        importAndExpect(file, ImportState.FAILED);

        assertThat(dialogs.destructive).containsExactly("Create new groups?");
        assertThat(dialogs.questions).singleElement().asString().contains("Atheletes, Drivers")
                .contains("groups you have, misspelt: Atheletes;");
        assertThat(viewModel.problems()).extracting(ImportProblem::reason)
                .anyMatch(reason -> reason.contains("Did you mean \"Athletes\"?"));
        assertThat(database.groups().findByName("Atheletes")).isEmpty();
        assertThat(database.results().count()).isZero();
    }

    /** The names come from the problems themselves, not read back out of their sentences. */
    @Test
    void aNewGroupWithQuotesInItsNameIsNamedWholeInTheQuestion() throws Exception {
        Path file = csv("date,group,stage,tests,positives\n2022-01-05,\"Night \"\"B\"\" shift\",arrival,9,1\n");
        dialogs.answer = false;

        importAndExpect(file, ImportState.FAILED);

        assertThat(dialogs.questions).singleElement().asString().contains("Night \"B\" shift");
        assertThat(viewModel.problems()).extracting(ImportProblem::value).containsExactly("Night \"B\" shift");
    }

    @Test
    void cancellingLeavesTheDatabaseAsItWas() throws Exception {
        Path file = csv("date,group,stage,tests,positives\n2022-01-05,Media,arrival,9,1\n");
        long auditBefore = database.audit().find(AuditFilter.all()).size();

        fixture.synchronousTasks().hold();
        viewModel.importFile(file);
        viewModel.cancel(); // before the file is read
        fixture.synchronousTasks().release();

        assertThat(viewModel.stateProperty().get()).isEqualTo(ImportState.CANCELLED);

        assertThat(viewModel.statusProperty().get()).isEqualTo("Import cancelled. Nothing was changed.");
        assertThat(database.results().count()).isZero();
        assertThat(database.audit().find(AuditFilter.all())).hasSize((int) auditBefore);
        assertThat(changes.versionProperty().get()).isZero();
    }

    @Test
    void thePreviewComesBeforeAnyWriteAndCancelWritesNothing() throws Exception {
        long media = database.groups().findByName("Media").orElseThrow().id();
        database.results().insert(new DailyResult(LocalDate.of(2022, 1, 5), media, Stage.ARRIVAL, 7, 0, ""));
        database.event().save(new org.loopwatch.store.Event("Games", LocalDate.of(2022, 1, 4), java.util.Optional.empty()));
        Path file = csv("""
                date,group,stage,tests,positives
                2022-01-05,Media,arrival,7,0
                2022-01-01,Media,in_loop,9,0
                2022-01-02,Media,in_loop,9,0
                2022-01-03,Media,in_loop,9,0
                """);
        long auditBefore = database.audit().find(AuditFilter.all()).size();
        dialogs.answer = false;

        importAndExpect(file, ImportState.CANCELLED);

        String preview = dialogs.questions.getFirst();
        assertThat(dialogs.questions).hasSize(1);
        assertThat(preview).contains("3 new, 1 identical (no conflict, nothing to write), 0 changed", "0 bad",
                "3 × (first on line 3)");
        assertThat(preview.lines().filter(line -> line.contains("loop start"))).hasSize(1);
        assertThat(database.results().count()).isEqualTo(1);
        assertThat(database.audit().find(AuditFilter.all())).hasSize((int) auditBefore);
        assertThat(viewModel.statusProperty().get()).contains("Nothing was changed");
    }

    /* An import that would replace stored values asks with Cancel as the Enter default; one that only adds does not. */
    @Test
    void aPreviewWithChangedRowsIsAskedWithCancelAsTheDefault() throws Exception {
        long media = database.groups().findByName("Media").orElseThrow().id();
        database.results().insert(new DailyResult(LocalDate.of(2022, 1, 5), media, Stage.ARRIVAL, 7, 0, ""));
        dialogs.answer = false;

        importAndExpect(csv("""
                date,group,stage,tests,positives
                2022-01-06,Media,arrival,9,0
                """), ImportState.CANCELLED);
        assertThat(dialogs.destructive).isEmpty();

        Path changed = csv("""
                date,group,stage,tests,positives
                2022-01-05,Media,arrival,8,0
                """);
        importAndExpect(changed, ImportState.FAILED);
        assertThat(dialogs.destructive).containsExactly("Replace existing entries?");
        assertThat(database.results().find(new org.loopwatch.domain.ResultKey(LocalDate.of(2022, 1, 5), media,
                Stage.ARRIVAL))).get().extracting(DailyResult::tests).isEqualTo(7L);

        dialogs.answer = true;
        importAndExpect(changed, ImportState.SUCCEEDED);
        assertThat(dialogs.destructive).hasSize(3).endsWith("Import results.csv?");
    }
}
