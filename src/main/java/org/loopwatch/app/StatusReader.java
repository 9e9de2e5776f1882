package org.loopwatch.app;

import java.util.Optional;
import org.loopwatch.store.Database;
import org.loopwatch.store.TeamRole;
import org.loopwatch.ui.StatusSnapshot;
import org.loopwatch.ui.TeamAccess;

/** Reads what the status bar shows; called on the background thread. */
final class StatusReader {

    private StatusReader() {
    }

    static StatusSnapshot read(Database database, TeamAccess access) {
        Optional<StatusSnapshot.TeamSeat> seat = database.teamUrl().map(url -> new StatusSnapshot.TeamSeat(url.toString(),
                access.user(), access.highestRole().map(TeamRole::roleName)));
        return new StatusSnapshot(database.file() == null ? null : database.file().toAbsolutePath(), database.dataAsOf(),
                database.results().count(), seat);
    }
}
