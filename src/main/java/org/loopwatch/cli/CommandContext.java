package org.loopwatch.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.loopwatch.store.Database;
import org.loopwatch.store.OpenMode;
import org.loopwatch.store.PasswordPrompt;
import org.loopwatch.store.TeamDatabaseUrl;

/**
 * What every command gets: the database it works on (a file, or a team database when {@code --db}
 * is a {@code postgresql://} address), where to print, and the clock ("now").
 *
 * @param database the file; for a team database, the address as a path (never opened as a file)
 * @param team     the team database's address, when {@code --db} named one
 */
record CommandContext(Path database, PrintStream out, PrintStream err, Clock clock, Optional<TeamDatabaseUrl> team) {

    /**
     * Opens the database; a team database is connected to (its password from {@code PGPASSWORD} or
     * the password file: the command line asks no one) and never created by {@code mode}.
     */
    Database open(OpenMode mode) {
        return team.map(url -> Database.connect(url, PasswordPrompt.NONE, clock))
                .orElseGet(() -> Database.open(database, mode, clock));
    }

    /**
     * Opens the database for the read-only commands: a file without its lock, so that they run
     * while the desktop app holds it (SPEC §3: readers never block); a team database as always.
     */
    Database openForReading() {
        return team.map(url -> Database.connect(url, PasswordPrompt.NONE, clock))
                .orElseGet(() -> Database.openForReading(database, clock));
    }

    /**
     * {@link #openForReading()} with a file's {@code quick_check} beside the command's own reading
     * ({@link Database#openForReadingWhileChecking}): the command calls
     * {@link Database#requireUndamaged()} before it writes.
     */
    Database openForReadingWhileChecking() {
        return team.map(url -> Database.connect(url, PasswordPrompt.NONE, clock))
                .orElseGet(() -> Database.openForReadingWhileChecking(database, clock));
    }

    /** The file's path or the team database's address, for messages. */
    String location() {
        return team.map(TeamDatabaseUrl::toString).orElseGet(database::toString);
    }
}
