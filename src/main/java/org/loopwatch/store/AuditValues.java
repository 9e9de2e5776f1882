package org.loopwatch.store;

import java.util.LinkedHashMap;
import java.util.Map;
import org.loopwatch.domain.DailyResult;
import org.loopwatch.domain.Group;

/**
 * The old and new values of audit rows as small JSON objects ({@link JsonText}): readable by a
 * person in the audit screen and parseable by a tool later.
 */
final class AuditValues {

    private AuditValues() {
    }

    /** The same text as {@link ResultSql#resultJson}, which the database composes for an import. */
    static String of(DailyResult result) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("tests", result.tests());
        fields.put("positives", result.positives());
        fields.put("note", result.note());
        return json(fields);
    }

    static String of(Group group) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("name", group.name());
        fields.put("display_order", group.displayOrder());
        fields.put("colour", group.colour());
        fields.put("active", group.active());
        return json(fields);
    }

    /** A JSON object of the given fields; values may be strings, numbers, booleans, lists or null. */
    static String json(Map<String, ?> fields) {
        return JsonText.write(fields);
    }
}
