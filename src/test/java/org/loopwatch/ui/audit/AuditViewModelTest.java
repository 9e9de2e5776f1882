package org.loopwatch.ui.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.loopwatch.domain.DailyResult;
import org.loopwatch.domain.Stage;
import org.loopwatch.store.AuditAction;
import org.loopwatch.store.Database;
import org.loopwatch.ui.UiTestDatabase;

/** The audit log's state without a robot: the FX toolkit runs, nothing is shown. */
class AuditViewModelTest {

    private static final LocalDate JAN_4 = LocalDate.of(2022, 1, 4);
    private static final LocalDate JAN_5 = LocalDate.of(2022, 1, 5);

    @RegisterExtension
    final UiTestDatabase fixture = UiTestDatabase.forEachTest();

    private Database database;
    private long athletes;
    private long media;

    @BeforeEach
    void openDatabase() {
        database = fixture.database();
        athletes = database.groups().findByName("Athletes").orElseThrow().id();
        media = database.groups().findByName("Media").orElseThrow().id();
    }

    @Test
    void aReplacedResultIsListedNewestFirstWithReadableBeforeAfterAndReason() {
        database.results().insert(new DailyResult(JAN_4, athletes, Stage.ARRIVAL, 171, 0, ""));
        database.results().replace(new DailyResult(JAN_4, athletes, Stage.ARRIVAL, 172, 1, "recount"), "lab called");

        AuditViewModel viewModel = loaded();

        AuditRow newest = viewModel.rows().getFirst();
        assertThat(newest.action()).isEqualTo("Changed");
        assertThat(newest.what()).isEqualTo("4 Jan 2022 \u00b7 Athletes \u00b7 arrival");
        assertThat(newest.before()).isEqualTo("tests 171, positives 0");
        assertThat(newest.after()).isEqualTo("tests 172, positives 1, note \u201crecount\u201d");
        assertThat(newest.reason()).isEqualTo("lab called");
        assertThat(newest.time()).isEqualTo("22 Jan 2022 08:00:00");
        assertThat(viewModel.zoneProperty().get()).isEqualTo("UTC");
        assertThat(newest.desk()).isNotBlank();
        assertThat(newest.detail()).contains("When: 22 Jan 2022 08:00:00 (UTC); stored as 2022-01-22T08:00:00Z")
                .contains("on desk " + newest.desk())
                .contains("Change: tests 171, positives 0 → tests 172, positives 1, note \u201crecount\u201d")
                .contains("Reason: lab called");
        assertThat(newest.user()).isEqualTo(System.getProperty("user.name"));
        assertThat(viewModel.rows().get(1).action()).isEqualTo("Added");
        assertThat(viewModel.statusProperty().get()).isEqualTo("2 changes.");
    }

    @Test
    void theActionGroupAndDayFiltersNarrowTheList() {
        database.results().insert(new DailyResult(JAN_4, athletes, Stage.ARRIVAL, 171, 0, ""));
        database.results().insert(new DailyResult(JAN_5, media, Stage.IN_LOOP, 900, 2, ""));
        database.results().replace(new DailyResult(JAN_5, media, Stage.IN_LOOP, 901, 2, ""), "typo");
        database.groups().rename(athletes, "Athletes (all)");
        AuditViewModel viewModel = loaded();
        assertThat(rowCount(viewModel)).isEqualTo(4);

        viewModel.actionProperty().set(choice(viewModel.actionChoices(), AuditAction.UPDATE));
        assertThat(viewModel.rows()).hasSize(2);

        viewModel.groupProperty().set(groupChoice(viewModel, media));
        assertThat(viewModel.rows()).hasSize(1);
        assertThat(viewModel.rows().getFirst().reason()).isEqualTo("typo");

        viewModel.clearFilters();
        assertThat(viewModel.rows()).hasSize(4);
        viewModel.fromProperty().set(JAN_4);
        viewModel.toProperty().set(JAN_4);
        assertThat(viewModel.rows()).hasSize(1);
        // Entered before the rename: the log names the group as it was called then.
        assertThat(viewModel.rows().getFirst().what()).startsWith("4 Jan 2022 \u00b7 Athletes \u00b7");
        assertThat(viewModel.rows().getFirst().detail()).contains("called \u201cAthletes (all)\u201d now");
        assertThat(viewModel.statusProperty().get()).contains("hidden while a day range is set");
    }

    @Test
    void aFromDayAfterTheToDayIsExplainedAndTheListStays() {
        database.results().insert(new DailyResult(JAN_4, athletes, Stage.ARRIVAL, 171, 0, ""));
        AuditViewModel viewModel = loaded();

        viewModel.toProperty().set(JAN_4);
        viewModel.fromProperty().set(JAN_5);

        assertThat(viewModel.problemProperty().get())
                .contains("5 Jan 2022 is after").contains("Choose a \u201cfrom\u201d day on or before");
        assertThat(rowCount(viewModel)).isEqualTo(1);
    }

    @Test
    void aLongLogComesInPagesAndShowMoreFetchesOlderChanges() {
        List<DailyResult> many = new ArrayList<>();
        for (int day = 0; day < 600; day++) {
            many.add(new DailyResult(JAN_4.plusDays(day), athletes, Stage.ARRIVAL, 100, 1, ""));
            many.add(new DailyResult(JAN_4.plusDays(day), media, Stage.ARRIVAL, 100, 1, ""));
        }
        database.results().importAll(many, false, "import of old.csv", (done, total) -> { });
        AuditViewModel viewModel = loaded();

        assertThat(rowCount(viewModel)).isEqualTo(AuditViewModel.PAGE_SIZE);
        assertThat(viewModel.moreAvailableProperty().get()).isTrue();
        assertThat(viewModel.statusProperty().get()).startsWith("Showing the 500 newest changes");

        viewModel.showMore();
        assertThat(viewModel.rows()).hasSize(2 * AuditViewModel.PAGE_SIZE);
        viewModel.showMore();
        assertThat(viewModel.rows()).hasSize(1_200);
        assertThat(viewModel.moreAvailableProperty().get()).isFalse();
    }

    @Test
    void aChangeElsewhereRefreshesTheList() {
        AuditViewModel viewModel = loaded();
        assertThat(viewModel.statusProperty().get()).isEqualTo("No changes yet.");

        database.groups().add("Broadcasters");
        fixture.services().changes().changed();

        assertThat(viewModel.rows()).hasSize(1);
        assertThat(viewModel.rows().getFirst().what()).isEqualTo("Group Broadcasters");
        assertThat(viewModel.groupChoices().stream().map(FilterChoice::label).toList())
                .contains("Broadcasters");
    }

    @Test
    void copiedRowsAreTabSeparatedWithAHeaderAndOneLinePerRow() {
        AuditRow row = new AuditRow(7, "22 Jan 2022 08:00:00", "anna", "desk-3", "Changed", "4 Jan 2022 \u00b7 Media",
                "tests 1, positives 0", "tests 2, positives 0, note \u201ca\tb\nc\u201d", "typo", "",
                java.time.Instant.parse("2022-01-22T08:00:00Z"), "update", "", "");
        AuditViewModel viewModel = new AuditViewModel(fixture.services());

        String text = viewModel.copyText(List.of(row));

        assertThat(text.lines().toList()).containsExactly(
                "Time\tUser\tDesk\tAction\tWhat\tBefore\tAfter\tReason",
                "22 Jan 2022 08:00:00\tanna\tdesk-3\tChanged\t4 Jan 2022 \u00b7 Media\ttests 1, positives 0\t"
                        + "tests 2, positives 0, note \u201ca b c\u201d\ttypo");
    }

    @Test
    void namesAreTheOnesAGroupHadAtTheTimeOfEachChange() {
        database.results().insert(new DailyResult(JAN_4, athletes, Stage.ARRIVAL, 171, 0, ""));
        database.groups().rename(athletes, "Athletes (all)");
        database.results().insert(new DailyResult(JAN_5, athletes, Stage.ARRIVAL, 180, 0, ""));
        database.groups().rename(athletes, "Olympians");

        AuditViewModel viewModel = loaded();

        assertThat(viewModel.rows()).extracting(AuditRow::what).containsExactly(
                "Group Olympians", "5 Jan 2022 \u00b7 Athletes (all) \u00b7 arrival", "Group Athletes (all)",
                "4 Jan 2022 \u00b7 Athletes \u00b7 arrival");
    }

    @Test
    void theExportWritesEveryMatchingChangeOfAllPagesWithUtcIsoTimesAndTheStoredValues(@TempDir Path folder) throws Exception {
        List<DailyResult> many = new ArrayList<>();
        for (int day = 0; day < 300; day++) {
            many.add(new DailyResult(JAN_4.plusDays(day), athletes, Stage.ARRIVAL, 100, 1, ""));
            many.add(new DailyResult(JAN_4.plusDays(day), media, Stage.ARRIVAL, 100, 1, ""));
        }
        database.results().importAll(many, false, "import of old.csv", (done, total) -> { });
        database.results().replace(new DailyResult(JAN_4, athletes, Stage.ARRIVAL, 101, 1, "=cmd"), "typo");
        AuditViewModel viewModel = loaded();
        assertThat(viewModel.moreAvailableProperty().get()).isTrue();
        Path file = folder.resolve("audit.csv"); // JUnit removes it afterwards (it was a temp folder left behind by every build)

        viewModel.exportTo(file);

        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSize(1 + 601);
        assertThat(lines.getFirst()).isEqualTo("id,time_utc,user,desk,action,what,before,after,reason,old_value,new_value");
        assertThat(lines.get(1)).contains(",2022-01-22T08:00:00Z,").contains(",update,4 Jan 2022 \u00b7 Athletes \u00b7 arrival,")
                .contains(",typo,").contains("\"{\"\"tests\"\": 101, \"\"positives\"\": 1, \"\"note\"\": \"\"=cmd\"\"}\"");
        assertThat(viewModel.exportMessageProperty().get()).startsWith("Wrote 601 changes").contains(file.toString());
    }

    private AuditViewModel loaded() {
        AuditViewModel viewModel = new AuditViewModel(fixture.services());
        viewModel.refresh();
        assertThat(viewModel.loadingProperty().get()).isFalse();
        return viewModel;
    }

    private static int rowCount(AuditViewModel viewModel) {
        return viewModel.rows().size();
    }

    private static <T> FilterChoice<T> choice(List<FilterChoice<T>> choices, T value) {
        return choices.stream().filter(each -> value.equals(each.value())).findFirst().orElseThrow();
    }

    private static FilterChoice<Long> groupChoice(AuditViewModel viewModel, long id) {
        return choice(viewModel.groupChoices(), id);
    }
}
