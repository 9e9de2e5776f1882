package org.loopwatch.ui;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;

import java.util.Optional;

/**
 * What the status bar shows about the database, read off the FX thread and handed over whole.
 *
 * @param databasePath the database file; null for a team database
 * @param lastChange   time of the last change to the data, empty on a database never changed
 * @param team         the team database, user and role, when the window works on one (SPEC §3.1)
 */
public record StatusSnapshot(Path databasePath, Optional<Instant> lastChange, long rowCount, Optional<TeamSeat> team) {

    private static final org.loopwatch.domain.text.Texts TEXT = org.loopwatch.domain.text.Texts.of(StatusSnapshot.class);

    /**
     * Where a team seat works and as whom.
     *
     * @param address the database's address (never holds a password)
     * @param role    the strongest LoopWatch role of the user, e.g. {@code loopwatch_entry}; empty when none
     */
    public record TeamSeat(String address, String user, Optional<String> role) {
    }

    /** A database file's status. */
    public StatusSnapshot(Path databasePath, Optional<Instant> lastChange, long rowCount) {
        this(databasePath, lastChange, rowCount, Optional.empty());
    }

    /** The file's path or the team database's address, for messages. */
    public String location() {
        return team.map(TeamSeat::address).orElseGet(() -> String.valueOf(databasePath));
    }

    public String lastChangeText() {
        return lastChange.map(at -> TEXT.format("status.lastChange",
                        org.loopwatch.domain.text.DateStyle.dateTime(at, ZoneId.systemDefault())))
                .orElse(TEXT.get("status.noChanges"));
    }

    public String rowCountText() {
        return TEXT.format("status.rows", rowCount);
    }
}
