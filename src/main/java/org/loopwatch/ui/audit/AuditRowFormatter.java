package org.loopwatch.ui.audit;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.loopwatch.domain.Stage;
import org.loopwatch.domain.text.DateStyle;
import org.loopwatch.domain.text.Texts;
import org.loopwatch.store.AuditAction;
import org.loopwatch.store.AuditEntry;

/** Makes an {@link AuditRow} from a stored {@link AuditEntry}: local time, group names, readable values. */
final class AuditRowFormatter {

    private static final Texts TEXT = Texts.of(AuditRowFormatter.class);

    private final ZoneId zone;
    private final Map<Long, String> groupNames;
    private final GroupNamesThen namesThen;
    private final AuditValueText values;

    /** @param groupNames the current name of every group by id; a missing id reads "group 7" */
    AuditRowFormatter(ZoneId zone, Map<Long, String> groupNames) {
        this(zone, groupNames, new GroupNamesThen(List.of(), groupNames));
    }

    /** @param namesThen what each group was called at the time of a row */
    AuditRowFormatter(ZoneId zone, Map<Long, String> groupNames, GroupNamesThen namesThen) {
        this.zone = zone;
        this.groupNames = Map.copyOf(groupNames);
        this.namesThen = namesThen;
        this.values = new AuditValueText(this::groupName);
    }

    AuditRow format(AuditEntry entry) {
        List<String> change = values.describeChange(entry.entity(), entry.entityKey(), entry.oldValue(),
                entry.newValue());
        String time = DateStyle.dateTimeSeconds(entry.at(), zone);
        String action = actionLabel(entry.action());
        String what = what(entry);
        return new AuditRow(entry.id(), time, entry.osUser(), entry.desk(), action, what, change.get(0), change.get(1),
                entry.reason(), detail(entry, time, action, what, change), entry.at(), entry.action().code(),
                entry.oldValue(), entry.newValue());
    }

    /** The time zone the times are shown in, with its offset now, for the column title. */
    String zoneText(java.time.Instant now) {
        return DateStyle.zone(zone, now);
    }

    private String detail(AuditEntry entry, String time, String action, String what, List<String> change) {
        List<String> lines = new java.util.ArrayList<>();
        lines.add(TEXT.format("audit.detail.time", time, DateStyle.zone(zone, entry.at()), entry.at().toString()));
        lines.add(entry.desk().isBlank() ? TEXT.format("audit.detail.user", entry.osUser())
                : TEXT.format("audit.detail.userDesk", entry.osUser(), entry.desk()));
        lines.add(TEXT.format("audit.detail.action", action));
        lines.add(TEXT.format("audit.detail.what", what));
        entry.groupId().flatMap(id -> namesThen.nowIfRenamed(id, entry.id()))
                .ifPresent(now -> lines.add(TEXT.format("audit.detail.renamed", now)));
        lines.add(TEXT.format("audit.detail.change", change.get(0).isEmpty() ? "–" : change.get(0),
                change.get(1).isEmpty() ? "–" : change.get(1)));
        if (!entry.reason().isBlank()) {
            lines.add(TEXT.format("audit.detail.reason", entry.reason()));
        }
        return String.join("\n", lines);
    }

    /** The word people read for an action, also used by the action filter. */
    static String actionLabel(AuditAction action) {
        return switch (action) {
            case INSERT, UPDATE, DELETE, IMPORT, CLOSE_DAY, REOPEN_DAY, RESTORE -> TEXT.get("action." + action.name());
            case ACKNOWLEDGE -> TEXT.get("audit.action.acknowledge");
            case REFUSED_STALE -> TEXT.get("audit.action.refusedStale");
        };
    }

    private String what(AuditEntry entry) {
        String key = entry.entityKey();
        return switch (entry.entity()) {
            case DAILY_RESULT -> entry.date().map(DateStyle::date).orElse("?")
                    + " \u00b7 " + entry.groupId().map(id -> nameThen(id, entry.id())).orElse("?")
                    + " \u00b7 " + entry.stage().map(AuditRowFormatter::stageText).orElse("?");
            case GROUP -> TEXT.format("what.group", key.isBlank() ? entry.groupId().map(this::groupName).orElse("?") : key);
            case GROUP_ORDER -> TEXT.get("what.groupOrder");
            case ROLLUP -> TEXT.format("what.rollup", key);
            case DAY -> TEXT.format("what.day", entry.date().map(DateStyle::date).orElse("?"));
            case EVENT -> TEXT.format("what.event", key);
            case KEY_DATE -> TEXT.format("what.keyDate", key);
            case SETTING -> capitalised(AuditValueText.settingName(key));
            case ALERT_RULE -> TEXT.format("audit.what.alertRule", key);
            case ALERT -> TEXT.format("audit.what.alert", entry.date().map(Object::toString).orElse("?"),
                    entry.groupId().map(this::groupName).orElse("?"),
                    entry.stage().map(AuditRowFormatter::stageText).orElse("?"));
            case DATABASE -> TEXT.format("what.database", key);
        };
    }

    /** Short, so the "What" column stays readable: "arrival" or "in-loop". */
    private static String stageText(Stage stage) {
        return TEXT.get("stage." + stage.code());
    }

    private String nameThen(long id, long auditId) {
        return namesThen.at(id, auditId).orElseGet(() -> groupName(id));
    }

    private String groupName(long id) {
        String name = groupNames.get(id);
        return name != null ? name : TEXT.format("group.unknown", String.valueOf(id));
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
