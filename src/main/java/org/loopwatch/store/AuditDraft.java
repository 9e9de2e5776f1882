package org.loopwatch.store;

import java.time.LocalDate;
import org.loopwatch.domain.ResultKey;
import org.loopwatch.domain.Stage;

/** An audit row before it is written; time and user are added by {@link AuditWriter}. */
record AuditDraft(AuditAction action, AuditEntity entity, String entityKey, LocalDate date, Long groupId,
                  Stage stage, String oldValue, String newValue, String reason) {

    static AuditDraft forResult(AuditAction action, ResultKey key, String oldValue, String newValue,
                                String reason) {
        return new AuditDraft(action, AuditEntity.DAILY_RESULT, "", key.date(), key.groupId(), key.stage(),
                oldValue, newValue, reason);
    }

    static AuditDraft forGroup(AuditAction action, long groupId, String name, String oldValue, String newValue) {
        return new AuditDraft(action, AuditEntity.GROUP, name, null, groupId, null, oldValue, newValue, "");
    }

    static AuditDraft forDay(AuditAction action, LocalDate date, String oldValue, String newValue, String reason) {
        return new AuditDraft(action, AuditEntity.DAY, "", date, null, null, oldValue, newValue, reason);
    }

    static AuditDraft forOther(AuditAction action, AuditEntity entity, String entityKey, String oldValue,
                               String newValue) {
        return new AuditDraft(action, entity, entityKey, null, null, null, oldValue, newValue, "");
    }
}
