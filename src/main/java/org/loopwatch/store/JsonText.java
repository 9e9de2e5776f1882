package org.loopwatch.store;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;

/**
 * Every JSON LoopWatch writes or reads, through Jackson's streaming API (decision record
 * 0032-one-json-library.md): the audit log's old and new values, and what {@code summary --json}
 * and {@code statement --json} print (SPEC §7). It sits in {@code store}, the lowest layer that
 * writes JSON, so the command line and the audit screen use the same layout.
 *
 * <p>The layout is a contract: {@code {"name": "Athletes", "members": [1, 2], "flags": []}} — one
 * line, a space after every colon and comma, none inside empty brackets; keys in the order given;
 * integers as integers; other numbers as Java's shortest decimal ({@code 0.95}, {@code 1.2E-5});
 * NaN and infinities, which JSON lacks, as null; strings escaped as RFC 8259 has it ({@code \" \\
 * \b \f \n \r \t}, other control characters as {@code \u001f}, nothing else). That is also the
 * text SQLite's {@code json_quote} and PostgreSQL's {@code to_json} give, so an audit value the
 * database composes ({@code ResultSql}) reads the same as one written here.
 */
public final class JsonText {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES)
            .disable(JsonWriteFeature.WRITE_HEX_UPPER_CASE)
            .build();

    /* One line: no indentation, a space after every colon and comma, none inside empty brackets. */
    private static final DefaultPrettyPrinter ONE_LINE = new DefaultPrettyPrinter(Separators.createDefaultInstance()
            .withObjectNameValueSpacing(Separators.Spacing.AFTER)
            .withObjectEntrySpacing(Separators.Spacing.AFTER)
            .withArrayElementSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator(""))
            .withObjectIndenter(null)
            .withArrayIndenter(null);

    private static final ObjectWriteContext LAYOUT = new ObjectWriteContext.Base() {
        @Override
        public PrettyPrinter getPrettyPrinter() {
            return ONE_LINE.createInstance(); // it counts nesting, so each generator has its own
        }

        @Override
        public boolean hasPrettyPrinter() {
            return true;
        }
    };

    private JsonText() {
    }

    /**
     * Writes maps (keys in iteration order, so pass a {@link LinkedHashMap}), lists, strings,
     * numbers, booleans, {@link OptionalDouble} and null; anything else is a programming error.
     */
    public static String write(Object value) {
        StringWriter out = new StringWriter();
        try (JsonGenerator generator = FACTORY.createGenerator(LAYOUT, out)) {
            append(generator, value);
        }
        return out.toString();
    }

    /**
     * The fields of a flat JSON object in their written order: values are strings, {@code Long}
     * for integers, {@code Double} for other numbers, booleans, null, or lists of those. Empty when
     * the text is blank, not JSON, not an object, nests objects, or has anything after the object;
     * callers then show the text as it is, so nothing unexpected is hidden.
     */
    public static Optional<Map<String, Object>> readObject(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), text)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return Optional.empty();
            }
            Map<String, Object> fields = new LinkedHashMap<>();
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                Optional<Object> value = value(parser, parser.nextToken());
                if (value.isEmpty()) {
                    return Optional.empty();
                }
                fields.put(name, value.get() == NULL ? null : value.get());
            }
            return parser.nextToken() == null ? Optional.of(fields) : Optional.empty();
        } catch (JacksonException malformed) {
            return Optional.empty();
        }
    }

    /* Stands for a JSON null inside readObject, where an empty Optional means "not readable". */
    private static final Object NULL = new Object();

    private static Optional<Object> value(JsonParser parser, JsonToken token) {
        return switch (token) {
            case VALUE_STRING -> Optional.of(parser.getString());
            case VALUE_NUMBER_INT -> parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                    ? Optional.empty() : Optional.of(parser.getLongValue());
            case VALUE_NUMBER_FLOAT -> Optional.of(parser.getDoubleValue());
            case VALUE_TRUE -> Optional.of(Boolean.TRUE);
            case VALUE_FALSE -> Optional.of(Boolean.FALSE);
            case VALUE_NULL -> Optional.of(NULL);
            case START_ARRAY -> list(parser);
            default -> Optional.empty();
        };
    }

    private static Optional<Object> list(JsonParser parser) {
        List<Object> values = new ArrayList<>();
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            if (token == JsonToken.START_ARRAY) {
                return Optional.empty();
            }
            Optional<Object> value = value(parser, token);
            if (value.isEmpty()) {
                return Optional.empty();
            }
            values.add(value.get() == NULL ? null : value.get());
        }
        return Optional.of(values);
    }

    private static void append(JsonGenerator out, Object value) {
        switch (value) {
            case null -> out.writeNull();
            case String text -> out.writeString(text);
            case Boolean bool -> out.writeBoolean(bool);
            case Integer number -> out.writeNumber(number);
            case Long number -> out.writeNumber(number);
            case Double number -> number(out, number);
            case OptionalDouble optional -> {
                if (optional.isPresent()) {
                    number(out, optional.getAsDouble());
                } else {
                    out.writeNull();
                }
            }
            case Map<?, ?> map -> {
                out.writeStartObject();
                for (Map.Entry<?, ?> entry : map.entrySet()) {
                    out.writeName(String.valueOf(entry.getKey()));
                    append(out, entry.getValue());
                }
                out.writeEndObject();
            }
            case List<?> list -> {
                out.writeStartArray();
                for (Object element : list) {
                    append(out, element);
                }
                out.writeEndArray();
            }
            default -> throw new IllegalArgumentException("cannot write " + value.getClass() + " as JSON");
        }
    }

    private static void number(JsonGenerator out, double number) {
        if (Double.isFinite(number)) {
            out.writeNumber(number);
        } else {
            out.writeNull(); // JSON has no NaN or infinity; a missing value is honest
        }
    }
}
