package org.loopwatch.store;

import java.util.Optional;

/** What a change did, as recorded in the audit log. */
public enum AuditAction {
    INSERT("insert"),
    UPDATE("update"),
    DELETE("delete"),
    /** A row written by a CSV import (with an old value when it replaced an existing row). */
    IMPORT("import"),
    CLOSE_DAY("close_day"),
    REOPEN_DAY("reopen_day"),
    /** An alert acknowledged with a note (new value: the note; old value: an earlier note). */
    ACKNOWLEDGE("acknowledge"),
    /** The whole database replaced by a backup (old value: what it held; reason: from where, kept where). */
    RESTORE("restore"),
    /**
     * A save refused because the row had changed since it was read (team mode: on another desk);
     * old value: what is stored, new value: what the refused save tried to write.
     */
    REFUSED_STALE("refused_stale");

    private final String code;

    AuditAction(String code) {
        this.code = code;
    }

    /** The stable code stored in the database. */
    public String code() {
        return code;
    }

    public static Optional<AuditAction> fromCode(String code) {
        for (AuditAction action : values()) {
            if (action.code.equals(code)) {
                return Optional.of(action);
            }
        }
        return Optional.empty();
    }
}
