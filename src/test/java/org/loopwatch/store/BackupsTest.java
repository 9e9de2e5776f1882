package org.loopwatch.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.loopwatch.store.StoreTestSupport.CLOCK;
import static org.loopwatch.store.StoreTestSupport.JAN_4;
import static org.loopwatch.store.StoreTestSupport.groupId;
import static org.loopwatch.store.StoreTestSupport.namesIn;
import static org.loopwatch.store.StoreTestSupport.openNew;
import static org.loopwatch.store.StoreTestSupport.result;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.loopwatch.domain.Stage;
import org.loopwatch.store.StoreException.Problem;

class BackupsTest {

    @TempDir
    Path folder;

    @Test
    void aBackupLandsInTheBackupsFolderWithDateAndReasonInItsNameAndListsItsContents() throws Exception {
        try (Database database = openNew(folder)) {
            long athletes = groupId(database, "Athletes");
            database.results().insert(result(JAN_4, athletes, Stage.ARRIVAL, 171, 0));
            database.results().insert(result(JAN_4.plusDays(2), athletes, Stage.IN_LOOP, 175, 0));

            BackupInfo backup = database.backupNow(BackupReason.MANUAL);

            assertThat(backup.file().getParent()).isEqualTo(folder.toRealPath().resolve("backups"));
            assertThat(backup.file().getFileName().toString()).matches("loopwatch-\\d{4}-\\d{2}-\\d{2}-\\d{6}-manual\\.db");
            assertThat(backup.takenAt()).isEqualTo(java.time.LocalDateTime.ofInstant(StoreTestSupport.NOW, ZoneId.systemDefault()));
            assertThat(backup.rows()).isEqualTo(2);
            assertThat(backup.lastEntry()).contains(JAN_4.plusDays(2));
            assertThat(backup.isReadable()).isTrue();
            assertThat(integrityCheck(backup.file())).isEqualTo("ok");
            assertThat(database.backups().list()).containsExactly(backup);
        }
    }

    /*
     * A backup's name gives the second it was taken; a restore's backup right after the day's falls
     * in the same second. The list still puts the newest first (BackupsPaneTest once saw "Daily" above
     * "Before restore": names alone sort "daily" after "before-restore").
     */
    @Test
    void twoBackupsTakenInTheSameSecondAreListedNewestFirst() throws Exception {
        try (Database database = openNew(folder)) {
            BackupInfo daily = database.backupNow(BackupReason.DAILY);
            BackupInfo beforeRestore = database.backupNow(BackupReason.BEFORE_RESTORE);
            assertThat(daily.takenAt()).as("the test's clock stands still").isEqualTo(beforeRestore.takenAt());
            // Written one after the other: make sure the file system's clock says so, however coarse it is.
            java.nio.file.attribute.FileTime later = Files.getLastModifiedTime(beforeRestore.file());
            Files.setLastModifiedTime(daily.file(), java.nio.file.attribute.FileTime.fromMillis(later.toMillis() - 500));

            assertThat(database.backups().list()).extracting(BackupInfo::reason)
                    .containsExactly(BackupReason.BEFORE_RESTORE, BackupReason.DAILY);
        }
    }

    @Test
    void theDatabaseItsLockFileAndItsBackupsAreReadableByTheirOwnerOnly() throws Exception {
        try (Database database = openNew(folder)) {
            database.groups().add("Volunteers");
            BackupInfo backup = database.backupNow(BackupReason.MANUAL);

            assertThat(mode(folder.resolve("loopwatch.db"))).isEqualTo("rw-------");
            assertThat(mode(folder.resolve("loopwatch.db-wal"))).isEqualTo("rw-------");
            assertThat(mode(folder.resolve("loopwatch.db.lock"))).isEqualTo("rw-------");
            assertThat(mode(backup.file())).isEqualTo("rw-------");
            assertThat(mode(backup.file().getParent())).isEqualTo("rwx------");
        }
    }

    @Test
    @Tag("process")
    void foldersAreMadeOwnerOnlyWhateverTheUmaskAllows() throws Exception {
        // A child process under umask 022 (a fresh Debian chroot's) and under umask 000.
        for (String umask : new String[] {"022", "000"}) {
            Path database = folder.resolve("umask-" + umask).resolve("nested").resolve("loopwatch.db");
            Process child = new ProcessBuilder("sh", "-c", "umask " + umask + " && exec \"$0\" \"$@\"",
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(), "--enable-native-access=ALL-UNNAMED",
                    "-cp", System.getProperty("java.class.path"), UmaskChildMain.class.getName(), database.toString())
                    .redirectErrorStream(true).start();
            String output = new String(child.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(child.waitFor()).as(output).isZero();
            assertThat(mode(database)).as("umask %s", umask).isEqualTo("rw-------");
            assertThat(mode(database.getParent())).as("umask %s", umask).isEqualTo("rwx------");
            try (java.util.stream.Stream<Path> backups = Files.list(database.resolveSibling("backups"))) {
                assertThat(mode(database.resolveSibling("backups"))).as("umask %s", umask).isEqualTo("rwx------");
                assertThat(backups).allSatisfy(backup -> assertThat(mode(backup)).isEqualTo("rw-------"));
            }
        }
    }

    @Test
    void anExistingDatabaseThatOthersCouldReadIsTightenedWhenOpened() throws Exception {
        openNew(folder).close();
        Path file = folder.resolve("loopwatch.db");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        Files.setPosixFilePermissions(folder.resolve("loopwatch.db.lock"), PosixFilePermissions.fromString("rw-rw-rw-"));

        openNew(folder).close();

        assertThat(mode(file)).isEqualTo("rw-------");
        assertThat(mode(folder.resolve("loopwatch.db.lock"))).isEqualTo("rw-------");
    }

    @Test
    void theDailyBackupIsTakenOncePerDayAndOnlyTheNewestFourteenAreKept() {
        MutableClock clock = new MutableClock(Instant.parse("2022-01-04T09:00:00Z"));
        for (int day = 0; day < 20; day++) {
            try (Database database = Database.open(folder.resolve("loopwatch.db"), OpenMode.CREATE_IF_MISSING, clock)) {
                assertThat(database.dailyBackupIfDue()).as("first start of day %d", day).isPresent();
                clock.advance(Duration.ofHours(2));
                assertThat(database.dailyBackupIfDue()).as("second start of day %d", day).isEmpty();
                database.backupNow(BackupReason.MANUAL);
            }
            clock.advance(Duration.ofHours(22));
        }
        List<BackupInfo> all = Backups.of(folder.resolve("loopwatch.db")).list();
        List<BackupInfo> dailies = all.stream().filter(b -> b.reason() == BackupReason.DAILY).toList();
        assertThat(dailies).hasSize(Backups.DAILY_KEPT);
        assertThat(dailies.getFirst().takenAt().toLocalDate()).isEqualTo(java.time.LocalDate.of(2022, 1, 23));
        assertThat(dailies.getLast().takenAt().toLocalDate()).isEqualTo(java.time.LocalDate.of(2022, 1, 10));
        assertThat(all).filteredOn(b -> b.reason() == BackupReason.MANUAL).hasSize(20);
    }

    @Test
    void aBackupThatCannotBeWrittenIsReportedAndTheDatabaseStaysUsable() throws Exception {
        Files.writeString(folder.resolve("backups"), "a file where the backups folder should be");
        try (Database database = openNew(folder)) {
            assertThatThrownBy(() -> database.backupNow(BackupReason.MANUAL))
                    .isInstanceOfSatisfying(StoreException.class, e -> {
                        assertThat(e.kind()).isEqualTo(Problem.BACKUP_FAILED);
                        assertThat(e.getMessage()).contains("could not be written").contains("database was not changed");
                    });
            database.groups().add("Volunteers");
            assertThat(database.groups().findAll()).hasSize(5);
        }
    }

    @Test
    void aBackupInterruptedByACrashIsNeverListedAndIsCleanedUpByTheNextBackup() throws Exception {
        try (Database database = openNew(folder)) {
            database.backupNow(BackupReason.MANUAL);
            Path leftover = folder.resolve("backups").resolve("loopwatch-2022-01-01-120000-daily.db.partial");
            Files.write(leftover, new byte[] {1, 2, 3});

            assertThat(database.backups().list()).hasSize(1);
            database.backupNow(BackupReason.MANUAL);

            assertThat(Files.exists(leftover)).isFalse();
            assertThat(database.backups().list()).hasSize(2);
        }
    }

    @Test
    void theNewestGoodBackupSkipsADamagedOneAndADamagedOneIsListedWithItsProblemOrRefused() throws Exception {
        MutableClock clock = new MutableClock(StoreTestSupport.NOW);
        BackupInfo older;
        BackupInfo newer;
        try (Database database = Database.open(folder.resolve("loopwatch.db"), OpenMode.CREATE_IF_MISSING, clock)) {
            database.results().insert(result(JAN_4, groupId(database, "Athletes"), Stage.ARRIVAL, 171, 0));
            older = database.backupNow(BackupReason.MANUAL);
            clock.advance(Duration.ofMinutes(5));
            newer = database.backupNow(BackupReason.MANUAL);
        }
        damage(newer.file());

        Backups backups = Backups.of(folder.resolve("loopwatch.db"));
        assertThat(backups.newestGood()).map(BackupInfo::file).contains(older.file());
        assertThatThrownBy(() -> Backups.verify(newer.file()))
                .isInstanceOfSatisfying(StoreException.class, e -> {
                    assertThat(e.kind()).isEqualTo(Problem.BACKUP_FAILED);
                    assertThat(e.getMessage()).contains(newer.file().toString()).contains("choose another backup");
                });
    }

    @Test
    void anUpgradeToANewerSchemaIsPrecededByACheckedBackupOfTheOldOne() throws Exception {
        Path file = folder.resolve("loopwatch.db");
        try (Database database = openNew(folder)) {
            database.results().insert(result(JAN_4, groupId(database, "Athletes"), Stage.ARRIVAL, 171, 0));
        }
        try (Connection connection = SqliteConnections.openReadWrite(file)) {
            int version = Migrations.migrate(connection, file, 3, 4, Backups.of(file, CLOCK),
                    v -> List.of("CREATE TABLE later_feature (x INTEGER)"));
            assertThat(version).isEqualTo(4);
        }
        List<BackupInfo> backups = Backups.of(file).list();
        assertThat(backups).singleElement().satisfies(backup -> {
            assertThat(backup.reason()).isEqualTo(BackupReason.BEFORE_UPGRADE);
            assertThat(backup.rows()).isEqualTo(1);
        });
        try (Connection copy = SqliteConnections.openForInspection(backups.getFirst().file());
             var statement = copy.createStatement()) {
            assertThat(SqliteConnections.pragma(statement, "user_version")).isEqualTo("3");
        }
    }

    @Test
    void aNewDatabaseTakesItsNameOnlyWhenCompleteSoADraftLeftByAKilledStartIsReplaced() throws Exception {
        // What a LoopWatch killed while creating its database leaves: a half-made draft, no database.
        Files.write(folder.resolve("loopwatch.db.new"), new byte[] {0, 1, 2});
        Files.write(folder.resolve("loopwatch.db.new-wal"), new byte[] {3});

        try (Database database = openNew(folder)) {
            assertThat(database.groups().findAll()).hasSize(4);
        }

        assertThat(namesIn(folder)).containsExactly("loopwatch.db", "loopwatch.db.lock");
    }

    @Test
    void aFreshDatabaseNeedsNoUpgradeBackup() throws Exception {
        openNew(folder).close();

        assertThat(namesIn(folder)).containsExactly("loopwatch.db", "loopwatch.db.lock");
    }

    static String integrityCheck(Path file) throws SQLException {
        try (Connection connection = SqliteConnections.openForInspection(file)) {
            return Backups.integrityCheck(connection);
        }
    }

    static void damage(Path file) throws Exception {
        try (RandomAccessFile raw = new RandomAccessFile(file.toFile(), "rw")) {
            byte[] garbage = new byte[4096];
            Arrays.fill(garbage, (byte) 0x5A);
            raw.seek(4096);
            raw.write(garbage);
        }
    }

    private static String mode(Path path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    /** A clock the test moves forward. */
    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant start) {
            now = start;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

}
