package org.loopwatch.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.loopwatch.store.StoreTestSupport.JAN_4;
import static org.loopwatch.store.StoreTestSupport.groupId;
import static org.loopwatch.store.StoreTestSupport.openNew;
import static org.loopwatch.store.StoreTestSupport.result;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.loopwatch.domain.DailyResult;
import org.loopwatch.domain.Stage;
import org.loopwatch.store.StoreException.Problem;

/** The batch path for CSV import: all rows and their audit rows, or nothing. */
class ResultImportTest {

    @TempDir
    Path folder;

    private Database database;
    private long athletes;
    private long media;

    @BeforeEach
    void openDatabase() {
        database = openNew(folder);
        athletes = groupId(database, "Athletes");
        media = groupId(database, "Media");
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    @Test
    void importWritesEveryRowWithAnAuditRowAndReportsProgress() {
        List<DailyResult> rows = days(2_500, athletes);
        List<Integer> progress = new ArrayList<>();

        ImportResult written = database.results().importAll(rows, false, "import of jan.csv",
                (done, total) -> progress.add(done));

        assertThat(written).isEqualTo(new ImportResult(2_500, 0));
        assertThat(database.results().findAll()).isEqualTo(rows);
        assertThat(database.audit().find(AuditFilter.all().withAction(AuditAction.IMPORT))).hasSize(2_500)
                .allSatisfy(entry -> assertThat(entry.reason()).isEqualTo("import of jan.csv"));
        assertThat(progress).containsExactly(1_000, 2_000, 2_500);
    }

    @Test
    void importWithoutReplaceRefusesTheWholeFileAndListsEveryStoredRowItCollidesWith() {
        DailyResult first = database.results().insert(result(JAN_4, athletes, Stage.ARRIVAL, 171, 0));
        DailyResult second = database.results().insert(result(JAN_4.plusDays(2), athletes, Stage.ARRIVAL, 9, 0));
        long auditRows = database.audit().count();

        assertThatThrownBy(() -> database.results().importAll(days(5, athletes), false, "", ImportProgress.NONE))
                .isInstanceOfSatisfying(DuplicateEntryException.class,
                        e -> assertThat(e.allExisting()).containsExactly(first, second));
        assertThat(database.results().findAll()).containsExactly(first, second);
        assertThat(database.audit().count()).isEqualTo(auditRows);
    }

    @Test
    void importWithReplaceOverwritesStoredRowsAndAuditsTheirOldValues() {
        database.results().insert(result(JAN_4, athletes, Stage.ARRIVAL, 171, 0));

        ImportResult written = database.results().importAll(days(3, athletes), true, "re-import", ImportProgress.NONE);

        assertThat(written).isEqualTo(new ImportResult(2, 1));
        assertThat(database.results().findAll()).isEqualTo(days(3, athletes));
        AuditEntry replaced = database.audit().find(AuditFilter.all().withAffectedDays(JAN_4, JAN_4)
                .withAction(AuditAction.IMPORT)).getFirst();
        assertThat(replaced.oldValue()).contains("\"tests\": 171");
        assertThat(replaced.newValue()).contains("\"tests\": 100");
    }

    @Test
    void auditRowsOfNewRowsSpellTheirValuesExactlyAsTheSingleRowPathDoes() {
        List<String> notes = List.of("", "lab \"B\" late", "back\\slash", "two\nlines\r\n", "tab\there",
                "bell\u0007 backspace\b form\f", "Zoë 😀 \u2028", "{\"json\": 1}");
        List<DailyResult> rows = IntStream.range(0, notes.size())
                .mapToObj(i -> new DailyResult(JAN_4.plusDays(i), media, Stage.IN_LOOP, 2_000 + i, i, notes.get(i)))
                .toList();

        database.results().importAll(rows, false, "import of notes.csv", ImportProgress.NONE);

        List<AuditEntry> entries = database.audit().find(AuditFilter.all().withAction(AuditAction.IMPORT)).reversed();
        assertThat(entries).hasSize(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            DailyResult row = rows.get(i);
            AuditEntry entry = entries.get(i);
            assertThat(entry.newValue()).isEqualTo(AuditValues.of(row));
            assertThat(entry.oldValue()).isEmpty();
            assertThat(entry.date()).contains(row.date());
            assertThat(entry.groupId()).contains(media);
            assertThat(entry.stage()).contains(Stage.IN_LOOP);
            assertThat(entry.reason()).isEqualTo("import of notes.csv");
        }
    }

    @Test
    void anImportAuditsOnlyItsOwnRowsAlsoAfterTheLastStoredRowWasDeleted() {
        database.results().insert(result(JAN_4, athletes, Stage.ARRIVAL, 171, 0));
        database.results().insert(result(JAN_4.plusDays(9), athletes, Stage.ARRIVAL, 50, 0));
        database.results().delete(result(JAN_4.plusDays(9), athletes, Stage.ARRIVAL, 50, 0).key(), "");

        database.results().importAll(days(3, athletes), true, "re-import", ImportProgress.NONE);

        List<AuditEntry> imported = database.audit().find(AuditFilter.all().withAction(AuditAction.IMPORT));
        assertThat(imported).extracting(entry -> entry.date().orElseThrow())
                .containsExactlyInAnyOrder(JAN_4, JAN_4.plusDays(1), JAN_4.plusDays(2));
        assertThat(imported).filteredOn(entry -> entry.date().orElseThrow().equals(JAN_4)).singleElement()
                .satisfies(entry -> assertThat(entry.oldValue()).contains("\"tests\": 171"));
    }

    @Test
    void oneRowTheDatabaseRejectsRollsBackTheWholeImport() {
        List<DailyResult> rows = new ArrayList<>(days(100, athletes));
        rows.add(result(JAN_4, 999, Stage.ARRIVAL, 1, 0));

        assertThatThrownBy(() -> database.results().importAll(rows, false, "", ImportProgress.NONE))
                .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.kind()).isEqualTo(Problem.CONSTRAINT));
        assertThat(database.results().count()).isZero();
        assertThat(database.audit().count()).isZero();
    }

    @Test
    void importTouchingAClosedDayNeedsAReason() {
        database.days().close(JAN_4.plusDays(1), "");

        assertThatThrownBy(() -> database.results().importAll(days(3, media), false, " ", ImportProgress.NONE))
                .isInstanceOfSatisfying(ReasonRequiredException.class,
                        e -> assertThat(e.closedDates()).containsExactly(JAN_4.plusDays(1)));
        assertThat(database.results().count()).isZero();

        database.results().importAll(days(3, media), false, "lab sent a late file", ImportProgress.NONE);
        assertThat(database.results().count()).isEqualTo(3);
    }

    @Test
    void theSameKeyTwiceInOneBatchIsAValidationMistake() {
        List<DailyResult> twice = List.of(result(JAN_4, media, Stage.ARRIVAL, 1, 0), result(JAN_4, media, Stage.ARRIVAL, 2, 0));

        assertThatThrownBy(() -> database.results().importAll(twice, false, "", ImportProgress.NONE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(database.results().count()).isZero();
    }

    private static List<DailyResult> days(int count, long groupId) {
        return IntStream.range(0, count)
                .mapToObj(day -> result(JAN_4.plusDays(day), groupId, Stage.ARRIVAL, 100 + day, day % 3))
                .toList();
    }
}
