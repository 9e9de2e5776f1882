package org.loopwatch.store;

import java.nio.file.Path;
import java.time.Clock;

/**
 * Opens what a {@code --db} location names — a database file or a team database's
 * {@code postgresql://} address — by handing it to {@link SqliteFileOpener} or {@link PostgresOpener}.
 */
final class LocationOpener {

    private LocationOpener() {
    }

    /** See {@link Database#open(String, OpenMode, PasswordPrompt, Clock)}. */
    static Database open(String location, OpenMode mode, PasswordPrompt prompt, Clock clock) {
        if (TeamDatabaseUrl.isTeamUrl(location)) {
            return Database.connect(TeamDatabaseUrl.parse(location), prompt, clock);
        }
        return Database.open(Path.of(location), mode, clock);
    }

    /** See {@link Database#openCopyTarget}. */
    static Database openCopyTarget(String location, PasswordPrompt prompt, Clock clock) {
        if (!TeamDatabaseUrl.isTeamUrl(location)) {
            return Database.open(Path.of(location), OpenMode.CREATE_NEW, clock);
        }
        TeamDatabaseUrl url = TeamDatabaseUrl.parse(location);
        try {
            return Database.teamInit(url, prompt, clock);
        } catch (StoreException setUpAlready) {
            if (setUpAlready.kind() != StoreException.Problem.ALREADY_EXISTS) {
                throw setUpAlready;
            }
            return Database.connect(url, prompt, clock);
        }
    }
}
