package org.loopwatch.ui.audit;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.loopwatch.domain.Stage;
import org.loopwatch.domain.text.Texts;
import org.loopwatch.store.AuditAction;
import org.loopwatch.store.AuditEntry;

/** Makes an {@link AuditRow} from a stored {@link AuditEntry}: local time, group names, readable values. */
final class AuditRowFormatter {

    private static final Texts TEXT = Texts.of(AuditRowFormatter.class);

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final DateTimeFormatter time;
    private final Map<Long, String> groupNames;
    private final AuditValueText values;

    /** @param groupNames the current name of every group by id; a missing id reads "group 7" */
    AuditRowFormatter(ZoneId zone, Map<Long, String> groupNames) {
        this.time = TIME.withZone(zone);
        this.groupNames = Map.copyOf(groupNames);
        this.values = new AuditValueText(this::groupName);
    }

    AuditRow format(AuditEntry entry) {
        List<String> change = values.describeChange(entry.entity(), entry.entityKey(), entry.oldValue(),
                entry.newValue());
        return new AuditRow(entry.id(), time.format(entry.at()), entry.osUser(), actionLabel(entry.action()),
                what(entry), change.get(0), change.get(1), entry.reason());
    }

    /** The word people read for an action, also used by the action filter. */
    static String actionLabel(AuditAction action) {
        return switch (action) {
            case INSERT -> "Added";
            case UPDATE -> "Changed";
            case DELETE -> "Deleted";
            case IMPORT -> "Imported";
            case CLOSE_DAY -> "Day closed";
            case REOPEN_DAY -> "Day reopened";
            case ACKNOWLEDGE -> TEXT.get("audit.action.acknowledge");
            case RESTORE -> "Restored from backup";
            case REFUSED_STALE -> TEXT.get("audit.action.refusedStale");
        };
    }

    private String what(AuditEntry entry) {
        String key = entry.entityKey();
        return switch (entry.entity()) {
            case DAILY_RESULT -> entry.date().map(Object::toString).orElse("?")
                    + " \u00b7 " + entry.groupId().map(this::groupName).orElse("?")
                    + " \u00b7 " + entry.stage().map(AuditRowFormatter::stageText).orElse("?");
            case GROUP -> "Group " + (key.isBlank() ? entry.groupId().map(this::groupName).orElse("?") : key);
            case GROUP_ORDER -> "Group order";
            case ROLLUP -> "Rollup " + key;
            case DAY -> "Day " + entry.date().map(Object::toString).orElse("?");
            case EVENT -> "Event " + key;
            case KEY_DATE -> "Key date " + key;
            case SETTING -> capitalised(AuditValueText.settingName(key));
            case ALERT_RULE -> TEXT.format("audit.what.alertRule", key);
            case ALERT -> TEXT.format("audit.what.alert", entry.date().map(Object::toString).orElse("?"),
                    entry.groupId().map(this::groupName).orElse("?"),
                    entry.stage().map(AuditRowFormatter::stageText).orElse("?"));
            case DATABASE -> "Database (backup " + key + ")";
        };
    }

    /** Short, so the "What" column stays readable: "arrival" or "in-loop". */
    private static String stageText(Stage stage) {
        return stage == Stage.ARRIVAL ? "arrival" : "in-loop";
    }

    private String groupName(long id) {
        String name = groupNames.get(id);
        return name != null ? name : "group " + id;
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
