package org.loopwatch.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/**
 * The one JSON layout (SPEC §7 and the audit log): the exact text the hand-written writers gave
 * before Jackson wrote it (decision record 0032-one-json-library.md), and reading back what was written.
 */
class JsonTextTest {

    @Test
    void theLayoutIsOneLineWithASpaceAfterEveryColonAndCommaAndNoneInEmptyBrackets() {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("group", "*");
        row.put("tests", 338_832L);
        row.put("positives", 72);
        row.put("positivity", 2.1249e-4);
        row.put("ci_low", OptionalDouble.empty());
        row.put("ci_high", OptionalDouble.of(0.02784));
        row.put("flags", List.of());
        row.put("empty", Map.of());
        row.put("reported", true);
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("from", null);
        root.put("level", 0.95);
        root.put("rows", List.of(row, List.of(1L, 2L)));

        assertThat(JsonText.write(root)).isEqualTo("{\"from\": null, \"level\": 0.95, \"rows\": [{\"group\": \"*\", "
                + "\"tests\": 338832, \"positives\": 72, \"positivity\": 2.1249E-4, \"ci_low\": null, "
                + "\"ci_high\": 0.02784, \"flags\": [], \"empty\": {}, \"reported\": true}, [1, 2]]}");
    }

    @Test
    void numbersAreJavasShortestDecimalAndNonFiniteOnesAreNull() {
        assertThat(JsonText.write(Arrays.asList(1.0, 0.1 + 0.2, 1e-7, Double.NaN, Double.POSITIVE_INFINITY, -0.5)))
                .isEqualTo("[1.0, 0.30000000000000004, 1.0E-7, null, null, -0.5]");
    }

    @Test
    void stringsAreEscapedAsSqliteJsonQuoteDoes() {
        assertThat(JsonText.write("q\" b\\ n\n r\r t\t b\b f\f bell\u0007 us\u001f / Zoë 😀 \u2028"))
                .isEqualTo("\"q\\\" b\\\\ n\\n r\\r t\\t b\\b f\\f bell\\u0007 us\\u001f / Zoë 😀 \u2028\"");
    }

    @Test
    void whatIsNotAFlatObjectReadsAsEmptySoTheScreenShowsTheText() {
        assertThat(JsonText.readObject(null)).isEmpty();
        assertThat(JsonText.readObject(" ")).isEmpty();
        assertThat(JsonText.readObject("[1, 2]")).isEmpty();
        assertThat(JsonText.readObject("{\"a\": 1")).isEmpty();
        assertThat(JsonText.readObject("{\"a\": 1} trailing")).isEmpty();
        assertThat(JsonText.readObject("{\"a\": {\"nested\": 1}}")).isEmpty();
        assertThat(JsonText.readObject("{\"a\": [[1]]}")).isEmpty();
        assertThat(JsonText.readObject("{\"a\": 123456789012345678901234567890}")).isEmpty();
        assertThat(JsonText.readObject("closed")).isEmpty();
    }

    @Test
    void aFlatObjectReadsBackInItsOrderWithLongsDoublesAndNulls() {
        Map<String, Object> read = JsonText.readObject(" {\"name\": \"Media\", \"order\": [3, 1], \"alpha\": 0.01, "
                + "\"threshold\": null, \"active\": false, \"members\": [], \"n\": -4} ").orElseThrow();

        assertThat(read.keySet()).containsExactly("name", "order", "alpha", "threshold", "active", "members", "n");
        assertThat(read).containsEntry("name", "Media").containsEntry("order", List.of(3L, 1L))
                .containsEntry("alpha", 0.01).containsEntry("threshold", null).containsEntry("active", false)
                .containsEntry("members", List.of()).containsEntry("n", -4L);
    }

    @Property
    void whatIsWrittenReadsBackTheSame(@ForAll String text, @ForAll long count, @ForAll double rate,
                                       @ForAll boolean flag, @ForAll List<Long> ids) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put(text, count);
        fields.put(text + "'", text);
        fields.put("rate", rate);
        fields.put("flag", flag);
        fields.put("ids", new ArrayList<>(ids));
        fields.put("none", null);

        Map<String, Object> expected = new LinkedHashMap<>(fields);
        expected.put("rate", Double.isFinite(rate) ? rate : null);
        assertThat(JsonText.readObject(JsonText.write(fields))).contains(expected);
    }
}
