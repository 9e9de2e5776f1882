package org.loopwatch.store;

import java.time.Instant;
import org.loopwatch.domain.ResultKey;

/**
 * An alert acknowledged with a note: which flagged day of which group and stage, the note, when,
 * by whom (operating-system user, or the database user in a team database) and from which desk.
 */
public record AlertAcknowledgement(ResultKey cell, String note, Instant at, String by, String desk) {
}
