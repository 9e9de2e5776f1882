package org.loopwatch.ui.audit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.loopwatch.store.AuditEntry;
import org.loopwatch.store.JsonText;

/**
 * What each group was called at the time of an audit row: a result entered under "Athletes" reads
 * "Athletes" in the log also after the group was renamed "Athletes (all)". Built from the log's
 * own group changes (each names the group after the change and, for a rename, before it).
 */
final class GroupNamesThen {

    private final Map<Long, List<AuditEntry>> changes = new HashMap<>();
    private final Map<Long, String> current;

    /**
     * @param groupChanges every change to a group, oldest first
     * @param current      the name of every group now, by id
     */
    GroupNamesThen(List<AuditEntry> groupChanges, Map<Long, String> current) {
        this.current = Map.copyOf(current);
        for (AuditEntry change : groupChanges) {
            change.groupId().ifPresent(id -> changes.computeIfAbsent(id, ignored -> new ArrayList<>()).add(change));
        }
    }

    /** The group's name just after audit row {@code auditId} was written; empty when not known. */
    Optional<String> at(long groupId, long auditId) {
        List<AuditEntry> history = changes.getOrDefault(groupId, List.of());
        AuditEntry lastBefore = null;
        for (AuditEntry change : history) {
            if (change.id() <= auditId) {
                lastBefore = change;
            } else {
                // The first change after the row: the name before that change is the name at the row.
                return Optional.ofNullable(lastBefore).map(GroupNamesThen::nameAfter)
                        .or(() -> nameBefore(change))
                        .or(() -> Optional.ofNullable(current.get(groupId)));
            }
        }
        return Optional.ofNullable(lastBefore).map(GroupNamesThen::nameAfter)
                .or(() -> Optional.ofNullable(current.get(groupId)));
    }

    /** The name now, when it differs from the name at the row. */
    Optional<String> nowIfRenamed(long groupId, long auditId) {
        String now = current.get(groupId);
        return at(groupId, auditId).filter(then -> now != null && !now.equals(then)).map(then -> now);
    }

    /* A group change's key is the group's name after it (or, for a deletion, its last name). */
    private static String nameAfter(AuditEntry change) {
        return JsonText.readObject(change.newValue()).map(values -> values.get("name"))
                .map(Object::toString).orElse(change.entityKey());
    }

    private static Optional<String> nameBefore(AuditEntry change) {
        return JsonText.readObject(change.oldValue()).map(values -> values.get("name")).map(Object::toString);
    }
}
