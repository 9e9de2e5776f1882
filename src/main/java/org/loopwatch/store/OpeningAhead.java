package org.loopwatch.store;

import java.sql.DriverManager;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteJDBCLoader;

/**
 * What the first database a process opens costs once, done on a thread of its own while the
 * command line builds its commands (picocli's reflection: its annotations parsed, a proxy class
 * made for each kind): sqlite-jdbc's native library loaded, the date formats it builds for every
 * connection's settings (Apache's {@code FastDateFormat}, whose first instance sets up calendars
 * and locale data), the JDBC drivers registered, and this computer's name for the lock file and
 * the audit rows (a host lookup). In a ten-row import these took ≈ 30 ms of the main thread's
 * ≈ 250 (async-profiler, wall clock).
 *
 * <p>Nothing here writes anything or opens a file: a command that never opens a database (help,
 * a usage error) only spent a little of the other core. Whatever the main thread reaches while it
 * is still under way here (a class being initialised, the loader's lock), it waits for rather than
 * does twice.
 */
public final class OpeningAhead {

    private OpeningAhead() {
    }

    /** Starts the work on a daemon thread and returns at once; call before the first database opens. */
    public static void startInTheBackground() {
        Thread ahead = new Thread(OpeningAhead::prepare, "loopwatch-opening-ahead");
        ahead.setDaemon(true);
        ahead.start();
    }

    /* Never throws: an uncaught failure would print a stack trace among a command's own messages. */
    static void prepare() {
        try {
            SQLiteJDBCLoader.initialize();
            new SQLiteConfig();
            DriverManager.getDrivers();
            Desk.name();
        } catch (Exception | LinkageError notNow) {
            // Only a head start: opening the database meets the same trouble and says what it is.
        }
    }
}
