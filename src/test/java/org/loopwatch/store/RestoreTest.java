package org.loopwatch.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.loopwatch.store.StoreTestSupport.CLOCK;
import static org.loopwatch.store.StoreTestSupport.JAN_4;
import static org.loopwatch.store.StoreTestSupport.groupId;
import static org.loopwatch.store.StoreTestSupport.openNew;
import static org.loopwatch.store.StoreTestSupport.result;
import static org.loopwatch.store.StoreTestSupport.sha256;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.loopwatch.domain.DailyResult;
import org.loopwatch.domain.Stage;
import org.loopwatch.store.StoreException.Problem;

class RestoreTest {

    @TempDir
    Path folder;

    @Test
    void restoringABackupKeepsTheCurrentDatabaseAsABackupReplacesItAndAuditsIt() throws Exception {
        BackupsTest.MutableClock clock = new BackupsTest.MutableClock(StoreTestSupport.NOW);
        try (Database database = Database.open(folder.resolve("loopwatch.db"), OpenMode.CREATE_IF_MISSING, clock)) {
            long athletes = groupId(database, "Athletes");
            database.results().insert(result(JAN_4, athletes, Stage.ARRIVAL, 171, 0));
            BackupInfo backup = database.backupNow(BackupReason.MANUAL);
            clock.advance(Duration.ofMinutes(10));
            database.results().insert(result(JAN_4.plusDays(1), athletes, Stage.ARRIVAL, 20, 1));
            database.groups().add("Volunteers");

            RestoreResult restored = database.restoreFrom(backup.file());

            assertThat(database.results().findAll()).extracting(DailyResult::tests).containsExactly(171L);
            assertThat(database.groups().findByName("Volunteers")).isEmpty();
            assertThat(restored.rows()).isEqualTo(1);
            assertThat(restored.lastEntry()).contains(JAN_4);
            BackupInfo before = database.backups().list().stream()
                    .filter(b -> b.file().equals(restored.previousKept())).findFirst().orElseThrow();
            assertThat(before.reason()).isEqualTo(BackupReason.BEFORE_RESTORE);
            assertThat(before.rows()).isEqualTo(2);
            AuditEntry last = database.audit().find(AuditFilter.all()).getFirst();
            assertThat(last.action()).isEqualTo(AuditAction.RESTORE);
            assertThat(last.oldValue()).isEqualTo("{\"entries\": 2, \"last_entry\": \"2022-01-05\"}");
            assertThat(last.newValue()).isEqualTo("{\"entries\": 1, \"last_entry\": \"2022-01-04\"}");
            assertThat(last.reason()).contains(backup.file().toString()).contains(restored.previousKept().toString());
            database.results().insert(result(JAN_4.plusDays(3), athletes, Stage.IN_LOOP, 5, 0));
        }
        try (Database reopened = Database.open(folder.resolve("loopwatch.db"), OpenMode.MUST_EXIST, CLOCK)) {
            assertThat(reopened.results().count()).isEqualTo(2);
        }
    }

    @Test
    void aDamagedBackupIsRefusedAndTheDatabaseIsNotChanged() throws Exception {
        try (Database database = openNew(folder)) {
            database.results().insert(result(JAN_4, groupId(database, "Athletes"), Stage.ARRIVAL, 171, 0));
            BackupInfo backup = database.backupNow(BackupReason.MANUAL);
            BackupsTest.damage(backup.file());

            assertThatThrownBy(() -> database.restoreFrom(backup.file()))
                    .isInstanceOfSatisfying(StoreException.class, e -> {
                        assertThat(e.kind()).isEqualTo(Problem.BACKUP_FAILED);
                        assertThat(e.getMessage()).contains("damaged").contains("Nothing was changed");
                    });
            assertThat(database.results().count()).isEqualTo(1);
            assertThat(database.backups().list()).hasSize(1);
        }
    }

    @Test
    void aDamagedDatabaseIsKeptAsideUnchangedAndTheBackupTakesItsPlace() throws Exception {
        Path file = folder.resolve("loopwatch.db");
        BackupInfo backup;
        try (Database database = openNew(folder)) {
            database.results().insert(result(JAN_4, groupId(database, "Athletes"), Stage.ARRIVAL, 171, 0));
            backup = database.backupNow(BackupReason.DAILY);
        }
        BackupsTest.damage(file);
        String damaged = sha256(file);
        assertThatThrownBy(() -> Database.open(file, OpenMode.CREATE_IF_MISSING, CLOCK))
                .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.kind()).isEqualTo(Problem.CORRUPT));
        assertThat(Backups.of(file).newestGood()).map(BackupInfo::file).contains(backup.file());

        try (Database restored = Database.restoreDamaged(file, backup.file(), CLOCK)) {
            assertThat(restored.results().count()).isEqualTo(1);
            AuditEntry last = restored.audit().find(AuditFilter.all()).getFirst();
            assertThat(last.action()).isEqualTo(AuditAction.RESTORE);
            assertThat(last.reason()).contains("damaged file was kept as");
        }
        try (var files = Files.list(folder)) {
            Path aside = files.filter(p -> p.getFileName().toString().startsWith("loopwatch-damaged-")).findFirst().orElseThrow();
            assertThat(sha256(aside)).isEqualTo(damaged);
        }
    }
}
