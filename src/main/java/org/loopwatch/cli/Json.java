package org.loopwatch.cli;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Writes the few JSON shapes the command line prints: objects with ordered keys, arrays,
 * strings, numbers, booleans and null. Small enough that a JSON library would add more than it
 * saves.
 */
final class Json {

    private Json() {
    }

    /** Serialises maps (keys in iteration order), lists, strings, numbers, booleans, OptionalDouble and null. */
    static String write(Object value) {
        StringBuilder out = new StringBuilder();
        append(out, value);
        return out.toString();
    }

    private static void append(StringBuilder out, Object value) {
        switch (value) {
            case null -> out.append("null");
            case String text -> string(out, text);
            case Boolean bool -> out.append(bool);
            case Integer number -> out.append(number);
            case Long number -> out.append(number);
            case Double number -> number(out, number);
            case OptionalDouble optional -> {
                if (optional.isPresent()) {
                    number(out, optional.getAsDouble());
                } else {
                    out.append("null");
                }
            }
            case Map<?, ?> map -> object(out, map);
            case List<?> list -> array(out, list);
            default -> throw new IllegalArgumentException("cannot write " + value.getClass() + " as JSON");
        }
    }

    private static void object(StringBuilder out, Map<?, ?> map) {
        out.append('{');
        boolean first = true;
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            if (!first) {
                out.append(", ");
            }
            first = false;
            string(out, String.valueOf(entry.getKey()));
            out.append(": ");
            append(out, entry.getValue());
        }
        out.append('}');
    }

    private static void array(StringBuilder out, List<?> list) {
        out.append('[');
        for (int i = 0; i < list.size(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            append(out, list.get(i));
        }
        out.append(']');
    }

    private static void number(StringBuilder out, double number) {
        if (!Double.isFinite(number)) {
            out.append("null"); // JSON has no NaN or infinity; a missing value is honest
        } else if (number == Math.rint(number) && Math.abs(number) < 1e15) {
            out.append(String.format(Locale.ROOT, "%.1f", number));
        } else {
            out.append(Double.toString(number));
        }
    }

    private static void string(StringBuilder out, String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
