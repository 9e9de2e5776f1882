package org.loopwatch.store;

import java.util.Optional;
import org.loopwatch.domain.text.Texts;

/** Why a backup was taken; part of its file name. */
public enum BackupReason {
    /** The first start of a day; the newest {@value Backups#DAILY_KEPT} are kept. */
    DAILY("daily"),
    /** Just before a schema upgrade changed the file. */
    BEFORE_UPGRADE("before-upgrade"),
    /** The database as it was just before a backup was restored over it. */
    BEFORE_RESTORE("before-restore"),
    /** Asked for by the person ("Back up now"). */
    MANUAL("manual"),
    /** What was saved when the database file was replaced under the running app. */
    RESCUE("rescue");

    private static final Texts TEXT = Texts.of(BackupReason.class);

    private final String code;

    BackupReason(String code) {
        this.code = code;
    }

    /** The stable code in the file name. */
    public String code() {
        return code;
    }

    /** A short label for lists, in the interface language. */
    public String label() {
        return TEXT.get("backup.reason." + code);
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
