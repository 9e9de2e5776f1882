package org.loopwatch.store;

import java.sql.DriverManager;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteJDBCLoader;

/**
 * What the first database a process opens costs once, to be done on another thread while the
 * command line builds its commands ({@code CommandAhead}): sqlite-jdbc's native library loaded, the
 * date formats it builds for every connection's settings (Apache's {@code FastDateFormat}, whose
 * first instance sets up calendars and locale data), the JDBC drivers registered, and this
 * computer's name for the lock file and the audit rows (a host lookup). In a ten-row import these
 * took ≈ 30 ms of the main thread's ≈ 250 (async-profiler, wall clock).
 *
 * <p>Nothing here writes anything or opens a file: a command that never opens a database (help,
 * a usage error) only spent a little of the other core. Whatever the main thread reaches while it
 * is still under way here (a class being initialised, the loader's lock), it waits for rather than
 * does twice.
 */
public final class OpeningAhead {

    private OpeningAhead() {
    }

    /**
     * Does all of it. Never throws: on a thread of its own, an uncaught failure would print a stack
     * trace among a command's own messages.
     */
    public static void prepare() {
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
