package org.loopwatch.ui.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.loopwatch.ui.results.ScreensHarness.CLOCK;
import static org.loopwatch.ui.results.ScreensHarness.TODAY;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.loopwatch.domain.DailyResult;
import org.loopwatch.domain.ResultKey;
import org.loopwatch.domain.Stage;
import org.loopwatch.domain.ValidationProblem;
import org.loopwatch.store.AuditAction;
import org.loopwatch.store.AuditEntry;
import org.loopwatch.store.AuditFilter;
import org.loopwatch.ui.UiTestDatabase;
import org.loopwatch.ui.results.ScriptedDialogs;

/** The data table's filters, edits and deletes through its view model, on a real database. */
class DataViewModelTest {

    private final ScriptedDialogs dialogs = new ScriptedDialogs();

    @RegisterExtension
    final UiTestDatabase fixture = UiTestDatabase.forEachTest(CLOCK, dialogs);

    private DataViewModel data;

    @BeforeEach
    void open() {
        fixture.stored(TODAY.minusDays(2), "Athletes", Stage.ARRIVAL, 171, 0);
        fixture.stored(TODAY.minusDays(1), "Media", Stage.ARRIVAL, 2415, 39);
        fixture.stored(TODAY, "Media", Stage.IN_LOOP, 0, 0);
        data = new DataViewModel(fixture.services());
        data.reload();
    }

    private DataRow row(String group, Stage stage) {
        return data.shownRows().stream().filter(row -> row.group().hasName(group) && row.stage() == stage)
                .findFirst().orElseThrow();
    }

    private DailyResult stored(DataRow row) {
        return fixture.database().results().find(row.result().key()).orElseThrow();
    }

    @Test
    void everyStoredRowIsListedAndZeroTestsReadNoTests() {
        assertThat(data.shownRows()).hasSize(3);
        assertThat(row("Media", Stage.IN_LOOP).positivityText()).isEqualTo("no tests");
        assertThat(row("Media", Stage.ARRIVAL).positivityText()).isEqualTo("1.6 %");
        assertThat(data.summaryProperty().get()).isEqualTo("Showing 3 of 3 entries");
    }

    @Test
    void filtersNarrowByDateRangeGroupAndStage() {
        data.fromProperty().set(TODAY.minusDays(1));
        assertThat(data.shownRows()).extracting(row -> row.group().name()).containsExactlyInAnyOrder("Media", "Media");

        data.stageFilterProperty().set(Stage.ARRIVAL.label());
        assertThat(data.shownRows()).extracting(DataRow::testsText).containsExactly("2,415");

        data.clearFilters();
        data.groupFilterProperty().set("Athletes");
        assertThat(data.shownRows()).extracting(DataRow::testsText).containsExactly("171");
        assertThat(data.summaryProperty().get()).isEqualTo("Showing 1 of 3 entries");
    }

    @Test
    void anEditIsSavedThroughTheAuditedPathWithBeforeAndAfter() {
        DataRow media = row("Media", Stage.ARRIVAL);

        data.edit(media, ValidationProblem.POSITIVES, "40");

        assertThat(stored(media).positives()).isEqualTo(40);
        AuditEntry update = fixture.database().audit().find(AuditFilter.all().withAction(AuditAction.UPDATE)).getFirst();
        assertThat(update.oldValue()).contains("\"positives\": 39");
        assertThat(update.newValue()).contains("\"positives\": 40");
        assertThat(row("Media", Stage.ARRIVAL).positivesText()).isEqualTo("40");
    }

    @Test
    void fullWidthDigitsFromAChineseInputMethodAreReadAsDigits() {
        DataRow media = row("Media", Stage.ARRIVAL);

        data.edit(media, ValidationProblem.TESTS, "２，４１５");

        assertThat(stored(media).tests()).isEqualTo(2_415);
    }

    @Test
    void anInvalidEditChangesNothingAndSaysWhy() {
        DataRow media = row("Media", Stage.ARRIVAL);

        data.edit(media, ValidationProblem.TESTS, "30");

        assertThat(stored(media).tests()).isEqualTo(2415);
        assertThat(data.messageProperty().get()).startsWith("Not changed").contains("cannot be more than tests (30)");
    }

    @Test
    void anEditOnAClosedDayAsksForAReason() {
        fixture.database().days().close(TODAY.minusDays(1), "");
        DataRow media = row("Media", Stage.ARRIVAL);
        dialogs.answerReason("Corrected by the lab");

        data.edit(media, ValidationProblem.NOTE, "corrected");

        assertThat(stored(media).note()).isEqualTo("corrected");
        assertThat(fixture.database().audit().find(AuditFilter.all().withAction(AuditAction.UPDATE)))
                .extracting(AuditEntry::reason).containsExactly("Corrected by the lab");
    }

    @Test
    void deleteAsksFirstAndOnlyAYesRemovesTheRow() {
        DataRow athletes = row("Athletes", Stage.ARRIVAL);
        ResultKey key = athletes.result().key();
        dialogs.answerConfirm(false).answerConfirm(true);

        data.delete(athletes);
        assertThat(fixture.database().results().find(key)).isPresent();

        data.delete(athletes);

        assertThat(fixture.database().results().find(key)).isEmpty();
        assertThat(dialogs.confirmations).hasSize(2).allMatch(text -> text.contains("not reported"));
        // Asked with Cancel as the Enter default (SafeDefaultsTest shows what that dialog does with Enter).
        assertThat(dialogs.destructiveQuestions).hasSize(2);
        assertThat(data.shownRows()).hasSize(2);
        assertThat(fixture.database().audit().find(AuditFilter.all().withAction(AuditAction.DELETE))).hasSize(1);
    }

    @Test
    void aChangeSavedElsewhereShowsUpAfterTheChangeNotice() {
        fixture.stored(TODAY, "Athletes", Stage.IN_LOOP, 175, 0);

        fixture.changes().changed();

        assertThat(data.shownRows()).hasSize(4);
        assertThat(List.copyOf(data.shownRows())).anyMatch(row -> row.testsText().equals("175"));
    }

    @Test
    void totalsAreOfTheFilteredRowsAsARatioOfSumsAndClosedDaysAreMarked() {
        fixture.database().days().close(TODAY.minusDays(1), "");
        data.reload();
        assertThat(data.totalsProperty().get()).contains("2,586 tests", "39 positives", "1.5 %", "1 on closed days");
        assertThat(row("Media", Stage.ARRIVAL).closed()).isTrue();
        assertThat(row("Athletes", Stage.ARRIVAL).closed()).isFalse();

        data.groupFilterProperty().set("Athletes");

        assertThat(data.totalsProperty().get()).contains("171 tests", "0 positives", "0 on closed days");
    }

    @Test
    void selectedRowsCopyAsTabSeparatedTextInTheImportColumns() {
        String text = DataViewModel.asTabSeparated(List.of(row("Athletes", Stage.ARRIVAL), row("Media", Stage.ARRIVAL)));

        assertThat(text.lines()).containsExactly("date\tgroup\tstage\ttests\tpositives\tnote",
                TODAY.minusDays(2) + "\tAthletes\tarrival\t171\t0\t",
                TODAY.minusDays(1) + "\tMedia\tarrival\t2415\t39\t");
    }
}
