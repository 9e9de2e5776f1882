package org.loopwatch.store;

import java.util.Optional;

/** What kind of thing an audit row is about. */
public enum AuditEntity {
    DAILY_RESULT("daily_result"),
    GROUP("group"),
    /** The display order of all groups at once. */
    GROUP_ORDER("group_order"),
    ROLLUP("rollup"),
    DAY("day"),
    EVENT("event"),
    KEY_DATE("key_date"),
    SETTING("setting"),
    /** An alert rule of a group and stage, or a stage's default (issue 21). */
    ALERT_RULE("alert_rule"),
    /** An alert (a flagged day of a group and stage) acknowledged with a note. */
    ALERT("alert"),
    /** The database file as a whole (a restore from backup). */
    DATABASE("database");

    private final String code;

    AuditEntity(String code) {
        this.code = code;
    }

    /** The stable code stored in the database. */
    public String code() {
        return code;
    }

    public static Optional<AuditEntity> fromCode(String code) {
        for (AuditEntity entity : values()) {
            if (entity.code.equals(code)) {
                return Optional.of(entity);
            }
        }
        return Optional.empty();
    }
}
