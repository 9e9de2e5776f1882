package org.loopwatch.store;

import java.nio.file.Path;

/** For {@code BackupsTest}: creates a database (and its folders) and a backup, in a process whose umask the test chose. */
public final class UmaskChildMain {

    private UmaskChildMain() {
    }

    public static void main(String[] args) {
        try (Database database = Database.open(Path.of(args[0]), OpenMode.CREATE_IF_MISSING)) {
            database.backupNow(BackupReason.MANUAL);
        }
    }
}
