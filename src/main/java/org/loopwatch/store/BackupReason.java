package org.loopwatch.store;

import java.util.Optional;

/** Why a backup was taken; part of its file name. */
public enum BackupReason {
    /** The first start of a day; the newest {@value Backups#DAILY_KEPT} are kept. */
    DAILY("daily", "Daily"),
    /** Just before a schema upgrade changed the file. */
    BEFORE_UPGRADE("before-upgrade", "Before upgrade"),
    /** The database as it was just before a backup was restored over it. */
    BEFORE_RESTORE("before-restore", "Before restore"),
    /** Asked for by the person ("Back up now"). */
    MANUAL("manual", "Made by hand"),
    /** What was saved when the database file was replaced under the running app. */
    RESCUE("rescue", "Rescued");

    private final String code;
    private final String label;

    BackupReason(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** The stable code in the file name. */
    public String code() {
        return code;
    }

    /** A short label for lists. */
    public String label() {
        return label;
    }

    public static Optional<BackupReason> fromCode(String code) {
        for (BackupReason reason : values()) {
            if (reason.code.equals(code)) {
                return Optional.of(reason);
            }
        }
        return Optional.empty();
    }
}
