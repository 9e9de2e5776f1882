package org.loopwatch.ui.audit;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongFunction;
import java.util.stream.Collectors;
import org.loopwatch.domain.ConfidenceLevel;
import org.loopwatch.domain.IntervalMethod;
import org.loopwatch.domain.RateFormat;
import org.loopwatch.store.AuditEntity;
import org.loopwatch.store.SettingsRepository;

/**
 * Turns an audit row's JSON old or new value into a short line a person reads at a glance, e.g.
 * {@code {"tests": 171, "positives": 0, "note": ""}} becomes "tests 171, positives 0". Group ids
 * (rollup members, group order) become names. Text that is not the expected JSON is shown as it is.
 */
final class AuditValueText {

    private static final org.loopwatch.domain.text.Texts TEXT = org.loopwatch.domain.text.Texts.of(AuditValueText.class);

    private final LongFunction<String> groupName;

    /** @param groupName the name of a group id, e.g. "group 7" for a group deleted since */
    AuditValueText(LongFunction<String> groupName) {
        this.groupName = groupName;
    }

    /** The readable value; empty text for an absent value (before an insert, after a delete). */
    String describe(AuditEntity entity, String entityKey, String json) {
        return describe(entity, entityKey, json, Set.of());
    }

    /**
     * Both sides of a change. For a change to a group, rollup, event or other named thing only
     * the fields that changed are shown (a rename reads "Media" → "Media & broadcasters"); a daily
     * result always shows its counts, which are the point of the log.
     *
     * @return the before and after text, in that order
     */
    List<String> describeChange(AuditEntity entity, String entityKey, String oldJson, String newJson) {
        Set<String> unchanged = Set.of();
        if (entity != AuditEntity.DAILY_RESULT) {
            Optional<Map<String, Object>> before = AuditJson.parseObject(oldJson);
            Optional<Map<String, Object>> after = AuditJson.parseObject(newJson);
            if (before.isPresent() && after.isPresent()) {
                unchanged = sameValues(before.get(), after.get());
            }
        }
        return List.of(describe(entity, entityKey, oldJson, unchanged),
                describe(entity, entityKey, newJson, unchanged));
    }

    private String describe(AuditEntity entity, String entityKey, String json, Set<String> leftOut) {
        if (json == null || json.isBlank()) {
            return "";
        }
        Optional<Map<String, Object>> parsed = AuditJson.parseObject(json);
        if (parsed.isEmpty()) {
            return json;
        }
        Map<String, Object> fields = parsed.get();
        if (entity == AuditEntity.SETTING && fields.containsKey("value")) {
            return settingValue(entityKey, String.valueOf(fields.get("value")));
        }
        List<String> parts = new ArrayList<>();
        fields.forEach((name, value) -> {
            if (!leftOut.contains(name)) {
                field(name, value).ifPresent(parts::add);
            }
        });
        return String.join(", ", parts);
    }

    /** The fields with equal values on both sides; none when nothing differs (then show all). */
    private static Set<String> sameValues(Map<String, Object> before, Map<String, Object> after) {
        Set<String> same = new HashSet<>();
        before.forEach((name, value) -> {
            if (after.containsKey(name) && Objects.equals(value, after.get(name))) {
                same.add(name);
            }
        });
        return same.size() == before.size() && same.size() == after.size() ? Set.of() : same;
    }

    private Optional<String> field(String name, Object value) {
        return switch (name) {
            case "tests", "positives" -> Optional.of(TEXT.format("value." + name, count(value)));
            case "note" -> isBlank(value) ? Optional.empty() : Optional.of(TEXT.format("value.note", String.valueOf(value)));
            case "name" -> Optional.of(String.valueOf(value));
            case "label" -> Optional.of(TEXT.format("value.label", String.valueOf(value)));
            case "date" -> Optional.of(String.valueOf(value));
            case "display_order" -> Optional.of(TEXT.format("value.position",
                    value instanceof Number n ? String.valueOf(n.longValue() + 1) : String.valueOf(value)));
            case "colour" -> Optional.of(TEXT.format("value.colour", String.valueOf(value)));
            case "active" -> Optional.of(TEXT.get(Boolean.TRUE.equals(value) ? "value.active" : "value.inactive"));
            case "closed" -> Optional.of(TEXT.get(Boolean.TRUE.equals(value) ? "value.closed" : "value.open"));
            case "all_groups" -> Boolean.TRUE.equals(value) ? Optional.of(TEXT.get("value.allGroups")) : Optional.empty();
            case "members" -> Optional.of(TEXT.format("value.members", groupNames(value)));
            case "order" -> Optional.of(groupNames(value));
            case "loop_start" -> Optional.of(TEXT.format("value.loopStart", String.valueOf(value)));
            case "loop_end" -> Optional.of(value == null ? TEXT.get("value.noEnd")
                    : TEXT.format("value.loopEnd", String.valueOf(value)));
            default -> Optional.of(name.replace('_', ' ') + " " + value);
        };
    }

    private String groupNames(Object value) {
        if (!(value instanceof List<?> ids)) {
            return String.valueOf(value);
        }
        if (ids.isEmpty()) {
            return TEXT.get("value.none");
        }
        return ids.stream()
                .map(id -> id instanceof Number n ? groupName.apply(n.longValue()) : String.valueOf(id))
                .collect(Collectors.joining(", "));
    }

    /** Settings are stored as text; show them as the Settings screen names them. */
    static String settingValue(String key, String value) {
        return switch (key) {
            case SettingsRepository.ROLLING_WINDOW -> TEXT.format("value.days", value);
            case SettingsRepository.INTERVAL_METHOD -> IntervalMethod.fromCode(value).map(IntervalMethod::label)
                    .orElse(value);
            case SettingsRepository.CONFIDENCE_LEVEL -> ConfidenceLevel.parse(value)
                    .map(level -> level.percent() + " %").orElse(value);
            default -> value;
        };
    }

    /** The Settings screen's name for a setting key, e.g. "default rolling window". */
    static String settingName(String key) {
        return switch (key) {
            case SettingsRepository.ROLLING_WINDOW, SettingsRepository.INTERVAL_METHOD,
                 SettingsRepository.CONFIDENCE_LEVEL -> TEXT.get("setting." + key);
            default -> key.replace('_', ' ');
        };
    }

    private static String count(Object value) {
        return value instanceof Number n && !(n instanceof Double) ? RateFormat.count(n.longValue())
                : String.valueOf(value);
    }

    private static boolean isBlank(Object value) {
        return value == null || value.toString().isBlank();
    }
}
