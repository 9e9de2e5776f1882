package org.loopwatch.ui.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the small JSON objects the store writes as audit old/new values: one flat object whose
 * values are strings, numbers, booleans, null or lists of those. Anything else yields empty, and
 * the caller shows the raw text instead, so an unexpected value is never hidden.
 */
final class AuditJson {

    private final String text;
    private int position;

    private AuditJson(String text) {
        this.text = text;
    }

    /** The fields in their stored order; empty when the text is not such an object. */
    static Optional<Map<String, Object>> parseObject(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            AuditJson reader = new AuditJson(text.strip());
            Map<String, Object> fields = reader.object();
            reader.skipBlanks();
            return reader.position == reader.text.length() ? Optional.of(fields) : Optional.empty();
        } catch (IllegalStateException | IndexOutOfBoundsException | NumberFormatException malformed) {
            return Optional.empty();
        }
    }

    private Map<String, Object> object() {
        expect('{');
        Map<String, Object> fields = new LinkedHashMap<>();
        skipBlanks();
        if (peek() == '}') {
            position++;
            return fields;
        }
        do {
            skipBlanks();
            String name = string();
            skipBlanks();
            expect(':');
            fields.put(name, value());
            skipBlanks();
        } while (consume(','));
        expect('}');
        return fields;
    }

    private Object value() {
        skipBlanks();
        char c = peek();
        if (c == '"') {
            return string();
        }
        if (c == '[') {
            return list();
        }
        if (text.startsWith("true", position)) {
            position += 4;
            return Boolean.TRUE;
        }
        if (text.startsWith("false", position)) {
            position += 5;
            return Boolean.FALSE;
        }
        if (text.startsWith("null", position)) {
            position += 4;
            return null;
        }
        return number();
    }

    private List<Object> list() {
        expect('[');
        List<Object> values = new ArrayList<>();
        skipBlanks();
        if (peek() == ']') {
            position++;
            return values;
        }
        do {
            values.add(value());
            skipBlanks();
        } while (consume(','));
        expect(']');
        return values;
    }

    private Number number() {
        int start = position;
        while (position < text.length() && "+-0123456789.eE".indexOf(text.charAt(position)) >= 0) {
            position++;
        }
        String digits = text.substring(start, position);
        if (digits.isEmpty()) {
            throw new IllegalStateException("no value at " + start);
        }
        if (digits.contains(".") || digits.contains("e") || digits.contains("E")) {
            return Double.parseDouble(digits);
        }
        return Long.parseLong(digits);
    }

    private String string() {
        expect('"');
        StringBuilder out = new StringBuilder();
        while (true) {
            char c = text.charAt(position++);
            if (c == '"') {
                return out.toString();
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char escaped = text.charAt(position++);
            switch (escaped) {
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'u' -> {
                    out.append((char) Integer.parseInt(text.substring(position, position + 4), 16));
                    position += 4;
                }
                default -> out.append(escaped);
            }
        }
    }

    private void skipBlanks() {
        while (position < text.length() && Character.isWhitespace(text.charAt(position))) {
            position++;
        }
    }

    private char peek() {
        return text.charAt(position);
    }

    private boolean consume(char wanted) {
        if (position < text.length() && text.charAt(position) == wanted) {
            position++;
            return true;
        }
        return false;
    }

    private void expect(char wanted) {
        if (!consume(wanted)) {
            throw new IllegalStateException("expected " + wanted + " at " + position);
        }
    }
}
