package org.loopwatch.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.loopwatch.store.StoreTestSupport.JAN_4;
import static org.loopwatch.store.StoreTestSupport.NOW;
import static org.loopwatch.store.StoreTestSupport.groupId;
import static org.loopwatch.store.StoreTestSupport.openNew;
import static org.loopwatch.store.StoreTestSupport.result;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.loopwatch.domain.Counts;
import org.loopwatch.domain.DailyResult;
import org.loopwatch.domain.ResultIndex;
import org.loopwatch.domain.ResultKey;
import org.loopwatch.domain.Stage;
import org.loopwatch.store.StoreException.Problem;

class DailyResultRepositoryTest {

    @TempDir
    Path folder;

    private Database database;
    private DailyResultRepository results;
    private long athletes;
    private long media;

    @BeforeEach
    void openDatabase() {
        database = openNew(folder);
        results = database.results();
        athletes = groupId(database, "Athletes");
        media = groupId(database, "Media");
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    @Test
    void anInsertedResultIsFoundByItsKeyAndAudited() {
        DailyResult saved = new DailyResult(JAN_4, media, Stage.ARRIVAL, 2_415, 39, " late report ");

        results.insert(saved);

        assertThat(results.find(saved.key())).contains(saved);
        assertThat(results.find(new ResultKey(JAN_4, media, Stage.IN_LOOP))).isEmpty();
        AuditEntry entry = database.audit().find(AuditFilter.all()).getFirst();
        assertThat(entry.action()).isEqualTo(AuditAction.INSERT);
        assertThat(entry.entity()).isEqualTo(AuditEntity.DAILY_RESULT);
        assertThat(entry.at()).isEqualTo(NOW);
        assertThat(entry.osUser()).isEqualTo(System.getProperty("user.name"));
        assertThat(entry.date()).contains(JAN_4);
        assertThat(entry.groupId()).contains(media);
        assertThat(entry.stage()).contains(Stage.ARRIVAL);
        assertThat(entry.oldValue()).isEmpty();
        assertThat(entry.newValue()).isEqualTo("{\"tests\": 2415, \"positives\": 39, \"note\": \"late report\"}");
        assertThat(database.dataAsOf()).contains(NOW);
    }

    @Test
    void insertingAnExistingKeyIsRefusedWithTheStoredRowAndChangesNothing() {
        DailyResult stored = result(JAN_4, athletes, Stage.ARRIVAL, 171, 0);
        results.insert(stored);
        long auditRows = database.audit().count();

        assertThatThrownBy(() -> results.insert(result(JAN_4, athletes, Stage.ARRIVAL, 180, 2)))
                .isInstanceOfSatisfying(DuplicateEntryException.class, e -> {
                    assertThat(e.existing()).isEqualTo(stored);
                    assertThat(e.getMessage()).contains("2022-01-04").contains("replace");
                });
        assertThat(results.find(stored.key())).contains(stored);
        assertThat(database.audit().count()).isEqualTo(auditRows);
    }

    @Test
    void replacingWritesAnAuditRowWithTheOldAndNewValues() {
        results.insert(result(JAN_4, athletes, Stage.ARRIVAL, 171, 0));

        DailyResult before = results.replace(result(JAN_4, athletes, Stage.ARRIVAL, 175, 1), "typo in tests");

        assertThat(before.tests()).isEqualTo(171);
        assertThat(results.find(before.key())).hasValueSatisfying(now -> assertThat(now.tests()).isEqualTo(175));
        AuditEntry entry = database.audit().find(AuditFilter.all()).getFirst();
        assertThat(entry.action()).isEqualTo(AuditAction.UPDATE);
        assertThat(entry.oldValue()).contains("\"tests\": 171").contains("\"positives\": 0");
        assertThat(entry.newValue()).contains("\"tests\": 175").contains("\"positives\": 1");
        assertThat(entry.reason()).isEqualTo("typo in tests");
    }

    @Test
    void replacingAResultThatIsNotThereIsRefused() {
        assertThatThrownBy(() -> results.replace(result(JAN_4, athletes, Stage.ARRIVAL, 1, 0), ""))
                .isInstanceOf(NoSuchItemException.class);
        assertThat(database.audit().count()).isZero();
    }

    @Test
    void deletingIsAuditedAndTheCellReadsNotReportedAgain() {
        DailyResult stored = results.insert(result(JAN_4, athletes, Stage.IN_LOOP, 175, 0));

        DailyResult deleted = results.delete(stored.key(), "entered for the wrong day");

        assertThat(deleted).isEqualTo(stored);
        assertThat(results.find(stored.key())).isEmpty();
        AuditEntry entry = database.audit().find(AuditFilter.all()).getFirst();
        assertThat(entry.action()).isEqualTo(AuditAction.DELETE);
        assertThat(entry.oldValue()).contains("\"tests\": 175");
        assertThat(entry.newValue()).isEmpty();
        assertThat(entry.reason()).isEqualTo("entered for the wrong day");
    }

    @Test
    void aChangeTheDatabaseRejectsWritesNeitherTheRowNorAnAuditRow() {
        long noSuchGroup = 999;

        assertThatThrownBy(() -> results.insert(result(JAN_4, noSuchGroup, Stage.ARRIVAL, 10, 1)))
                .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.kind()).isEqualTo(Problem.CONSTRAINT));
        assertThat(results.count()).isZero();
        assertThat(database.audit().count()).isZero();
    }

    @Test
    void changingAClosedDayWithoutAReasonIsRefusedAndChangesNothing() {
        DailyResult stored = results.insert(result(JAN_4, athletes, Stage.ARRIVAL, 171, 0));
        database.days().close(JAN_4, "");
        long auditRows = database.audit().count();

        assertThatThrownBy(() -> results.insert(result(JAN_4, media, Stage.ARRIVAL, 5, 0)))
                .isInstanceOfSatisfying(ReasonRequiredException.class,
                        e -> assertThat(e.closedDates()).containsExactly(JAN_4));
        assertThatThrownBy(() -> results.replace(result(JAN_4, athletes, Stage.ARRIVAL, 172, 0), "  "))
                .isInstanceOf(ReasonRequiredException.class);
        assertThatThrownBy(() -> results.delete(stored.key(), null))
                .isInstanceOf(ReasonRequiredException.class).hasMessageContaining("2022-01-04 is closed");

        assertThat(results.findAll()).containsExactly(stored);
        assertThat(database.audit().count()).isEqualTo(auditRows);
    }

    @Test
    void changingAClosedDayWithAReasonIsSavedAndTheReasonAudited() {
        results.insert(result(JAN_4, athletes, Stage.ARRIVAL, 171, 0));
        database.days().close(JAN_4, "");

        results.replace(result(JAN_4, athletes, Stage.ARRIVAL, 172, 0), "late lab correction");

        assertThat(results.find(new ResultKey(JAN_4, athletes, Stage.ARRIVAL)).orElseThrow().tests()).isEqualTo(172);
        assertThat(database.audit().find(AuditFilter.all()).getFirst().reason()).isEqualTo("late lab correction");
    }

    @Test
    void countsBeyondTheIntRangeAreStoredAndSummedExactly() {
        long threeBillion = 3_000_000_000L;
        results.insert(result(JAN_4, athletes, Stage.IN_LOOP, threeBillion, 2_500_000_000L));
        results.insert(result(JAN_4.plusDays(1), athletes, Stage.IN_LOOP, threeBillion + 1, 7));

        Counts total = results.findAll().stream().map(DailyResult::counts).reduce(Counts.ZERO, Counts::plus);

        assertThat(results.findAll().getFirst().tests()).isEqualTo(threeBillion);
        assertThat(total).isEqualTo(new Counts(6_000_000_001L, 2_500_000_007L));
    }

    @Test
    void rangeQueriesCountAndTheDateRangeSeeOnlyStoredDays() {
        assertThat(results.dateRange()).isEmpty();
        results.insert(result(JAN_4, athletes, Stage.ARRIVAL, 1, 0));
        results.insert(result(JAN_4.plusDays(3), media, Stage.IN_LOOP, 2, 0));
        results.insert(result(JAN_4.plusDays(9), athletes, Stage.IN_LOOP, 3, 0));

        assertThat(results.count()).isEqualTo(3);
        assertThat(results.dateRange()).contains(new DateRange(JAN_4, JAN_4.plusDays(9)));
        assertThat(results.findBetween(JAN_4.plusDays(1), JAN_4.plusDays(9)))
                .extracting(DailyResult::tests).containsExactly(2L, 3L);
    }

    @Test
    void theIndexReadAsNumbersHoldsWhatIndexingEveryRowHolds() {
        assertThat(results.index().size()).isZero();
        results.insert(result(JAN_4, athletes, Stage.ARRIVAL, 120, 3));
        results.insert(result(JAN_4, athletes, Stage.IN_LOOP, 0, 0));
        results.insert(result(JAN_4.plusDays(2), media, Stage.IN_LOOP, 3_000_000_000L, 7));
        results.insert(result(JAN_4.minusDays(400), media, Stage.ARRIVAL, 9, 9));
        // Before 1970 the epoch day is negative (a typo in the year is still a calendar day).
        results.insert(result(LocalDate.of(1969, 12, 31), athletes, Stage.IN_LOOP, 4, 1));
        results.insert(result(LocalDate.of(1022, 1, 4), athletes, Stage.ARRIVAL, Long.MAX_VALUE / 2, 0));

        ResultIndex read = results.index();
        ResultIndex expected = ResultIndex.of(results.findAll());

        assertThat(read.size()).isEqualTo(6);
        assertThat(read.cell(LocalDate.of(1969, 12, 31), athletes, Stage.IN_LOOP)).contains(new Counts(4, 1));
        assertThat(read.cell(LocalDate.of(1022, 1, 4), athletes, Stage.ARRIVAL))
                .contains(new Counts(Long.MAX_VALUE / 2, 0));
        results.delete(new ResultKey(LocalDate.of(1969, 12, 31), athletes, Stage.IN_LOOP), "typo");
        results.delete(new ResultKey(LocalDate.of(1022, 1, 4), athletes, Stage.ARRIVAL), "typo");
        read = results.index();
        expected = ResultIndex.of(results.findAll());
        assertThat(read.size()).isEqualTo(4);
        assertThat(read.firstDate()).isEqualTo(expected.firstDate()).contains(JAN_4.minusDays(400));
        assertThat(read.lastDate()).isEqualTo(expected.lastDate()).contains(JAN_4.plusDays(2));
        for (LocalDate day = JAN_4.minusDays(401); !day.isAfter(JAN_4.plusDays(3)); day = day.plusDays(1)) {
            for (long group : List.of(athletes, media)) {
                for (Stage stage : Stage.values()) {
                    assertThat(read.cell(day, group, stage)).as("%s %s %s", day, group, stage)
                            .isEqualTo(expected.cell(day, group, stage));
                }
            }
        }
        assertThat(read.cell(JAN_4.plusDays(2), media, Stage.IN_LOOP)).contains(new Counts(3_000_000_000L, 7));
    }

    @Test
    void aStoredDateThatIsNoCalendarDayIsRefusedByTheIndexNotMovedToAnotherDay() throws Exception {
        try (var statement = database.session().connectionForTests().createStatement()) {
            statement.execute("INSERT INTO daily_results (date, group_id, stage, tests, positives, note, updated_at) "
                    + "VALUES ('2022-02-30', " + athletes + ", 'arrival', 5, 1, '', '" + NOW + "')");
        }

        assertThatThrownBy(results::index).isInstanceOf(StoreException.class).hasMessageContaining("2022-02-30");
    }

    @Test
    void aFullDiskIsReportedAsDiskFullAndNothingIsSaved() throws Exception {
        try (var statement = database.session().connectionForTests().createStatement()) {
            statement.execute("PRAGMA max_page_count = " + SqliteConnections.pragma(statement, "page_count"));
        }
        List<DailyResult> many = java.util.stream.IntStream.range(0, 2_000)
                .mapToObj(day -> new DailyResult(JAN_4.plusDays(day), athletes, Stage.IN_LOOP, day, 0, "x".repeat(50)))
                .toList();

        assertThatThrownBy(() -> results.importAll(many, false, "", ImportProgress.NONE))
                .isInstanceOfSatisfying(StoreException.class, e -> {
                    assertThat(e.kind()).isEqualTo(Problem.DISK_FULL);
                    assertThat(e.getMessage()).contains("full").contains("not saved");
                });
        assertThat(results.count()).isZero();
        assertThat(database.audit().count()).isZero();
    }
}
