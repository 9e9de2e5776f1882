package org.loopwatch.store;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.loopwatch.domain.DailyResult;
import org.loopwatch.domain.Group;

/**
 * The old and new values of audit rows as small JSON objects: readable by a person in the audit
 * screen and parseable by a tool later.
 */
final class AuditValues {

    private AuditValues() {
    }

    static String of(DailyResult result) {
        StringBuilder out = new StringBuilder(48 + result.note().length());
        out.append("{\"tests\": ").append(result.tests()).append(", \"positives\": ").append(result.positives())
                .append(", \"note\": ");
        appendString(out, result.note());
        return out.append('}').toString();
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
        StringBuilder out = new StringBuilder("{");
        fields.forEach((name, value) -> {
            if (out.length() > 1) {
                out.append(", ");
            }
            appendString(out, name);
            out.append(": ");
            appendValue(out, value);
        });
        return out.append('}').toString();
    }

    private static void appendValue(StringBuilder out, Object value) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof Number || value instanceof Boolean) {
            out.append(value);
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    out.append(", ");
                }
                appendValue(out, list.get(i));
            }
            out.append(']');
        } else {
            appendString(out, value.toString());
        }
    }

    private static void appendString(StringBuilder out, String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20) {
                        out.append("\\u%04x".formatted((int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
